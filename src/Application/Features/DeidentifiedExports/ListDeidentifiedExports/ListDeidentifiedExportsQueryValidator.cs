using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.DeidentifiedExports.ListDeidentifiedExports;

public sealed class ListDeidentifiedExportsQueryValidator : AbstractValidator<ListDeidentifiedExportsQuery>
{
    public ListDeidentifiedExportsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
