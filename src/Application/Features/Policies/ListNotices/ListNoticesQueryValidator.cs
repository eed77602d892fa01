using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Policies.ListNotices;

public sealed class ListNoticesQueryValidator : AbstractValidator<ListNoticesQuery>
{
    public ListNoticesQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
