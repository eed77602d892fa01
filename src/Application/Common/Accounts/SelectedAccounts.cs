using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Common.Accounts;

/// <summary>
/// Evaluates an <see cref="AccountSelector"/> against what is stored now: the accounts it selects that still exist as a
/// person (erased and anonymized shells are never selected), each once, in id order.
/// </summary>
public sealed class SelectedAccounts(IAppDbContext db)
{
    /// <summary>Whether data of <paramref name="category"/> is held per account, and so can select accounts.</summary>
    public static bool Holds(DataCategory category) => category is not (DataCategory.None or DataCategory.Feedback
        or DataCategory.Surveys or DataCategory.Inquiries or DataCategory.Contacts);

    public async Task<IReadOnlyList<AccountId>> EvaluateAsync(AccountSelector selector, CancellationToken cancellationToken)
    {
        var people = db.Accounts.AsNoTracking().Where(a => a.Status != AccountStatus.Erased);
        var selected = selector.Kind switch
        {
            AccountSelector.AllAccounts => people,
            AccountSelector.DataCategories => people.Where(a => HoldingAny(selector.Categories!).Contains(a.Id)),
            AccountSelector.ActiveBetween => people.Where(a => ActiveBetween(selector.From!.Value, selector.To!.Value).Contains(a.Id)),
            AccountSelector.ListedAccounts => await ListedAsync(people, selector.AccountIds!, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(selector), selector.Kind, "Unknown selector kind."),
        };
        return await selected.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
    }

    private async Task<IQueryable<Account>> ListedAsync(IQueryable<Account> people, IReadOnlyList<Guid> listed, CancellationToken cancellationToken)
    {
        var ids = listed.Distinct().Select(id => new AccountId(id)).ToList();
        var known = await db.Accounts.CountAsync(a => ids.Contains(a.Id), cancellationToken);
        if (known != ids.Count)
        {
            throw new RequestRefusedException("unknown-accounts", $"{ids.Count - known} of the listed account ids name no account.");
        }

        return people.Where(a => ids.Contains(a.Id));
    }

    private IQueryable<AccountId> HoldingAny(IReadOnlyList<string> categories) =>
        categories.Select(WireNames.Parse<DataCategory>).Distinct().Select(Holding).Aggregate(Queryable.Union);

    /// <summary>The accounts holding data of <paramref name="category"/>; identity and contact data every account holds.</summary>
    private IQueryable<AccountId> Holding(DataCategory category) => category switch
    {
        DataCategory.Identity or DataCategory.Contact or DataCategory.Credentials or DataCategory.DateOfBirth
            or DataCategory.AuditTrail => db.Accounts.Select(a => a.Id),
        DataCategory.Uploads => db.Uploads.Select(u => u.OwnerId),
        DataCategory.GeneratedAssets => db.Assets.Select(a => a.OwnerId),
        DataCategory.Payment => db.PaymentMethods.Select(m => m.OwnerId).Union(db.PaymentCustomers.Select(c => c.AccountId)),
        DataCategory.Transactions => db.PaymentTransactions.Select(t => t.OwnerId),
        DataCategory.DeviceAndAccess => db.AccessLog.Select(e => e.SubjectId).Union(db.Sessions.Select(s => s.AccountId)),
        DataCategory.Cookies => db.AnalyticsEvents.Where(e => e.SubjectId != null).Select(e => e.SubjectId!.Value),
        DataCategory.Consents => db.ConsentEvents.Where(e => e.SubjectId != null).Select(e => e.SubjectId!.Value),
        DataCategory.Disclosures => db.Disclosures.Select(d => d.SubjectId),
        DataCategory.AdvertisingProfile => db.AdProfiles.Select(p => p.OwnerId),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "No data of this category is held per account."),
    };

    /// <summary>Accounts with a session or a logged request in [from, to).</summary>
    private IQueryable<AccountId> ActiveBetween(DateTimeOffset from, DateTimeOffset to) =>
        db.Sessions.Where(s => s.CreatedAt < to && s.LastSeenAt >= from).Select(s => s.AccountId)
            .Union(db.AccessLog.Where(e => e.OccurredAt >= from && e.OccurredAt < to).Select(e => e.SubjectId));
}
