using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions;

/// <remarks>
/// <c>status</c>: <c>active</c>, <c>past_due</c> (a renewal charge failed and is being retried) or <c>canceled</c>.<br/>
/// <c>renewsAt</c>: When the next period is charged; null when it ends at the period's end instead.<br/>
/// <c>history</c>: Every change, oldest first (C4).<br/>
/// </remarks>
public sealed record SubscriptionDto(
    Guid Id,
    [property: MaxLength(Plan.MaxCodeLength)] string PlanCode,
    int PlanVersion,
    [property: MaxLength(Plan.MaxNameLength)] string PlanName,
    [property: WireNameOf<SubscriptionStatus>] string Status,
    DateTimeOffset CurrentPeriodStart,
    DateTimeOffset CurrentPeriodEnd,
    DateTimeOffset? RenewsAt, bool CancelAtPeriodEnd, DateTimeOffset CreatedAt, DateTimeOffset? EndedAt, IReadOnlyList<SubscriptionEventDto> History)
{
    public static SubscriptionDto From(Subscription subscription, Plan plan) =>
        new(
            subscription.Id.Value,
            plan.Code,
            plan.Version,
            plan.Name,
            WireNames.Of(subscription.Status),
            subscription.CurrentPeriodStart,
            subscription.CurrentPeriodEnd,
            subscription.RenewsAt,
            subscription.CancelAtPeriodEnd,
            subscription.CreatedAt,
            subscription.EndedAt,
            subscription.History.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id.Value)
                .Select(e => new SubscriptionEventDto(WireNames.Of(e.Kind), WireNames.Of(e.Status), e.Reason, e.OccurredAt))
                .ToList());
}

/// <remarks>
/// <c>kind</c>: <c>started</c>, <c>renewed</c>, <c>renewal_failed</c>, <c>cancellation_requested</c> or <c>canceled</c>.<br/>
/// <c>status</c>: The subscription's status after the change.<br/>
/// <c>reason</c>: The gateway's decline code, or why it ended.<br/>
/// </remarks>
public sealed record SubscriptionEventDto(
    [property: WireNameOf<SubscriptionEventKind>] string Kind,
    [property: WireNameOf<SubscriptionStatus>] string Status,
    [property: MaxLength(SubscriptionEvent.ReasonMaxLength)] string? Reason,
    DateTimeOffset OccurredAt);

