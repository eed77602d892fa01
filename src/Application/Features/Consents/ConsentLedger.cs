using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Policies;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Features.Consents;

/// <summary>
/// The append-only consent ledger (obligations G4, K2, K4): choices are recorded as events and the current
/// state of a purpose is its latest event. Withdrawing stops the processing at once, queued mail included. A per-item
/// purpose (D1) is recorded with a scope naming the item; scoped events never count for the purpose as a whole, and
/// each item's state is its own latest event.
/// </summary>
public sealed class ConsentLedger(
    IAppDbContext db,
    ISubjectLocks locks,
    PolicyCatalog policies,
    IRequestContext request,
    IEnumerable<IConsentWithdrawalEffect> withdrawalEffects,
    TimeProvider clock)
    : IConsentCheck
{
    public async Task<bool> IsGrantedAsync(ConsentSubject subject, ConsentPurpose purpose, CancellationToken cancellationToken) =>
        subject.IsKnown
        && await EventsOf(subject)
            .Where(e => e.Purpose == purpose)
            .OrderByDescending(e => e.Id)
            .Select(e => e.Granted)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> IsGrantedForItemAsync(AccountId account, ConsentPurpose purpose, string scope, CancellationToken cancellationToken) =>
        await db.ConsentEvents
            .Where(e => e.SubjectId == account && e.Purpose == purpose && e.Scope == scope)
            .OrderByDescending(e => e.Id)
            .Select(e => e.Granted)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The items of <paramref name="purpose"/> the account has granted and not withdrawn since.</summary>
    public async Task<IReadOnlyList<string>> GrantedItemsAsync(AccountId account, ConsentPurpose purpose, CancellationToken cancellationToken)
    {
        var scoped = db.ConsentEvents.Where(e => e.SubjectId == account && e.Purpose == purpose && e.Scope != null);
        var latest = scoped.GroupBy(e => e.Scope).Select(g => g.Max(e => e.Id));
        return await scoped.Where(e => latest.Contains(e.Id) && e.Granted).Select(e => e.Scope!).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The accounts whose latest event of <paramref name="purpose"/> is a grant, as a query to compose into set-based
    /// SQL (one pass over that purpose's events, never one query per account).
    /// </summary>
    public IQueryable<AccountId?> AccountsGranting(ConsentPurpose purpose)
    {
        var latest = db.ConsentEvents
            .Where(e => e.SubjectId != null && e.Purpose == purpose && e.Scope == null)
            .GroupBy(e => e.SubjectId)
            .Select(g => g.Max(e => e.Id));
        return db.ConsentEvents.Where(e => latest.Contains(e.Id) && e.Granted).Select(e => e.SubjectId);
    }

    /// <summary>
    /// The active accounts whose latest event of <paramref name="purpose"/> is a grant (U3: who may be trained on or
    /// profiled), as a subquery read when the statement runs, never cached.
    /// </summary>
    public IQueryable<AccountId> ActiveAccountsGranting(ConsentPurpose purpose)
    {
        var granted = AccountsGranting(purpose);
        return db.Accounts.Where(a => a.Status == AccountStatus.Active && granted.Contains(a.Id)).Select(a => a.Id);
    }

    /// <summary>The latest event per purpose (absent: never decided, which means not granted).</summary>
    public async Task<IReadOnlyDictionary<ConsentPurpose, ConsentEvent>> CurrentAsync(ConsentSubject subject, CancellationToken cancellationToken)
    {
        if (!subject.IsKnown)
        {
            return new Dictionary<ConsentPurpose, ConsentEvent>();
        }

        var latestIds = EventsOf(subject).GroupBy(e => e.Purpose).Select(g => g.Max(e => e.Id));
        var latest = await db.ConsentEvents.AsNoTracking().Where(e => latestIds.Contains(e.Id)).ToListAsync(cancellationToken);
        return latest.ToDictionary(e => e.Purpose);
    }

    public async Task RecordAsync(
        ConsentSubject subject, ConsentPurpose purpose, bool granted, ConsentChannel channel, CancellationToken cancellationToken)
    {
        var now = await AppendAsync(subject, purpose, null, granted, channel, cancellationToken);
        if (!granted && subject.Account is { } account)
        {
            await CancelQueuedWorkAsync(account, purpose, now, cancellationToken);
        }
    }

    /// <summary>Records a choice about the one item <paramref name="scope"/> (e.g. <c>asset:{id}</c>) of a per-item purpose.</summary>
    public Task RecordForItemAsync(
        AccountId account, ConsentPurpose purpose, string scope, bool granted, ConsentChannel channel, CancellationToken cancellationToken) =>
        AppendAsync(new ConsentSubject(account, null), purpose, scope, granted, channel, cancellationToken);

    /// <summary>
    /// Carries a visitor's cookie-banner choices into the account at registration or login: per purpose, the
    /// more recent choice wins, and the carried event keeps the visitor id as the link.
    /// </summary>
    public async Task MergeVisitorAsync(AccountId account, Guid visitor, CancellationToken cancellationToken)
    {
        var visitorChoices = await CurrentAsync(new ConsentSubject(null, visitor), cancellationToken);
        var accountChoices = await CurrentAsync(new ConsentSubject(account, null), cancellationToken);
        foreach (var (purpose, choice) in visitorChoices)
        {
            if (choice.SubjectId == account
                || (accountChoices.TryGetValue(purpose, out var existing) && existing.OccurredAt >= choice.OccurredAt))
            {
                continue;
            }

            await RecordAsync(new ConsentSubject(account, visitor), purpose, choice.Granted, choice.Channel, cancellationToken);
        }
    }

    private async Task<DateTimeOffset> AppendAsync(
        ConsentSubject subject, ConsentPurpose purpose, string? scope, bool granted, ConsentChannel channel, CancellationToken cancellationToken)
    {
        // Two choices of one person at once: the later commit must be the later event, the one that counts.
        await locks.LockAsync("consent", subject.Account?.Value ?? subject.Visitor!.Value, cancellationToken);
        var version = (await policies.CurrentAsync(cancellationToken)).Version;
        var now = clock.GetUtcNow();
        db.ConsentEvents.Add(ConsentEvent.Record(subject.Account, subject.Visitor, purpose, granted, version, channel, request.ClientIp, now, scope));
        return now;
    }

    /// <summary>The subject's purpose-wide events: those about one item never answer for the purpose.</summary>
    private IQueryable<ConsentEvent> EventsOf(ConsentSubject subject) => subject.Account is { } account
        ? db.ConsentEvents.Where(e => e.SubjectId == account && e.Scope == null)
        : db.ConsentEvents.Where(e => e.VisitorId == subject.Visitor && e.Scope == null);

    private async Task CancelQueuedWorkAsync(AccountId account, ConsentPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var queued = await db.OutboxMessages
            .Where(m => m.SubjectId == account.Value && m.ConsentPurpose == purpose && m.Status == OutboxStatus.Pending)
            .ToListAsync(cancellationToken);
        queued.ForEach(m => m.Cancel(now));
        foreach (var effect in withdrawalEffects.Where(e => e.Purpose == purpose))
        {
            await effect.ApplyAsync(account, now, cancellationToken);
        }
    }
}
