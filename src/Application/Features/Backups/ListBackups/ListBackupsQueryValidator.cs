using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Backups.ListBackups;

public sealed class ListBackupsQueryValidator : AbstractValidator<ListBackupsQuery>
{
    public ListBackupsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
