using FluentValidation;
using Pixyer.Application.Common.Paging;

namespace Pixyer.Application.Features.Subscriptions.ListMySubscriptions;

public sealed class ListMySubscriptionsQueryValidator : AbstractValidator<ListMySubscriptionsQuery>
{
    public ListMySubscriptionsQueryValidator() => RuleFor(q => q.Page).ValidPage();
}
