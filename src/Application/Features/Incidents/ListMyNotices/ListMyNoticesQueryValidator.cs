using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Incidents.ListMyNotices;

public sealed class ListMyNoticesQueryValidator : AbstractValidator<ListMyNoticesQuery>
{
    public ListMyNoticesQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
