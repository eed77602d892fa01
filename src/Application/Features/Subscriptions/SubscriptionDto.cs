using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions;

/// <remarks>
/// <c>status</c>: <c>active</c>, <c>past_due</c> (a renewal charge failed and is being retried) or <c>canceled</c>.<br/>
/// <c>renewsAt</c>: When the next period is charged; null when it ends at the period's end instead.<br/>
/// <c>history</c>: The latest changes, oldest first: all of them up to <see cref="RecentHistory"/>; the data export holds
/// every change (C4).<br/>
/// <c>historyTotal</c>: How many changes the subscription has had.<br/>
/// </remarks>
public sealed record SubscriptionDto(
    Guid Id,
    [property: MaxLength(Plan.MaxCodeLength)] string PlanCode,
    int PlanVersion,
    [property: MaxLength(Plan.MaxNameLength)] string PlanName,
    [property: WireNameOf<SubscriptionStatus>] string Status,
    DateTimeOffset CurrentPeriodStart,
    DateTimeOffset CurrentPeriodEnd,
    DateTimeOffset? RenewsAt,
    bool CancelAtPeriodEnd,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt,
    [property: MaxLength(SubscriptionDto.RecentHistory)] IReadOnlyList<SubscriptionEventDto> History,
    int HistoryTotal)
{
    /// <summary>More than eight years of monthly renewals: an answer stays small, the export keeps them all.</summary>
    public const int RecentHistory = 100;

    public static SubscriptionDto From(Subscription subscription, Plan plan, int historyLimit = RecentHistory) =>
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
                .TakeLast(historyLimit)
                .Select(e => new SubscriptionEventDto(WireNames.Of(e.Kind), WireNames.Of(e.Status), e.Reason, e.OccurredAt))
                .ToList(),
            subscription.History.Count);
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

