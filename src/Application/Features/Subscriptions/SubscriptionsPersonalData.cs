using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions;

/// <summary>
/// The person's subscriptions and every change of them (C4). Erased with the account: a live one ends there, as the
/// erasure also removes the cards it would renew with; the transactions and invoices it paid are retained.
/// </summary>
public sealed class SubscriptionsPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "subscriptions";

    public IReadOnlyList<string> Obligations => ["C4", "G2", "G3"];

    public IReadOnlyList<Type> EntityTypes => [typeof(Subscription), typeof(SubscriptionEvent)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var subscriptions = await db.Subscriptions.AsNoTracking().Include(s => s.History)
            .Where(s => s.OwnerId == subject)
            .Join(db.Plans, s => s.PlanId, p => p.Id, (s, p) => new { Subscription = s, Plan = p })
            .ToListAsync(cancellationToken);
        await writer.WriteRecordsAsync(
            Category,
            subscriptions.OrderBy(x => x.Subscription.CreatedAt).Select(x => SubscriptionDto.From(x.Subscription, x.Plan, historyLimit: int.MaxValue)),
            cancellationToken);
    }

    public async Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        var owned = db.Subscriptions.Where(s => subjects.Contains(s.OwnerId)).Select(s => s.Id);
        await db.SubscriptionEvents.Where(e => owned.Contains(e.SubscriptionId)).ExecuteDeleteAsync(cancellationToken);
        await db.Subscriptions.Where(s => subjects.Contains(s.OwnerId)).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken)
    {
        var owned = db.Subscriptions.Where(s => s.OwnerId == subject).Select(s => s.Id);
        return Remaining.Of(
            Category,
            (nameof(Subscription), await owned.CountAsync(cancellationToken)),
            (nameof(SubscriptionEvent), await db.SubscriptionEvents.CountAsync(e => owned.Contains(e.SubscriptionId), cancellationToken)));
    }
}
