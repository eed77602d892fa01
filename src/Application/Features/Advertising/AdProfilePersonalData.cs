using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Advertising;

namespace Pixyer.Application.Features.Advertising;

/// <summary>The person's personalized-advertising segments (U3), while they exist: exported, and erased with the account.</summary>
public sealed class AdProfilePersonalData(IAppDbContext db) : SubjectRowsSource<AdProfile>
{
    public override string Category => "ad-profile";

    public override IReadOnlyList<string> Obligations => ["U3"];

    protected override IQueryable<AdProfile> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.AdProfiles.Where(p => subjects.Contains(p.OwnerId));

    protected override IQueryable<object> Exported(IQueryable<AdProfile> rows) =>
        rows.Select(p => new { Segments = AdProfileView.WireNamesOf(p.Segments), p.ComputedAt });
}
