using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Plans.ListAllPlans;

public sealed class ListAllPlansQueryValidator : AbstractValidator<ListAllPlansQuery>
{
    public ListAllPlansQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
