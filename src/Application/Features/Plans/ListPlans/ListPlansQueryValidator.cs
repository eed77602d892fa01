using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Plans.ListPlans;

public sealed class ListPlansQueryValidator : AbstractValidator<ListPlansQuery>
{
    public ListPlansQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
