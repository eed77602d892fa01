using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Sessions.ListMySessions;

public sealed class ListMySessionsQueryValidator : AbstractValidator<ListMySessionsQuery>
{
    public ListMySessionsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
