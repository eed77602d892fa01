using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Policies;

/// <summary>Which policy versions the subject accepted, when and how (V1).</summary>
public sealed class PolicyAcceptancePersonalData(IAppDbContext db) : SubjectRowsSource<PolicyAcceptance>
{
    public override string Category => "policy-acceptances";

    public override IReadOnlyList<string> Obligations => ["V1"];

    protected override IQueryable<PolicyAcceptance> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.PolicyAcceptances.Where(a => subjects.Contains(a.AccountId));

    protected override IQueryable<object> Exported(IQueryable<PolicyAcceptance> rows) =>
        rows.OrderBy(a => a.Id).Select(a => new { a.Version, Channel = a.Channel.ToString(), a.AcceptedAt });
}
