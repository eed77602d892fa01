using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Showcases;

namespace Pixyer.Application.Features.Showcases;

/// <summary>The person's assets that are published in the showcase (D1): exported, and unpublished by erasure.</summary>
public sealed class ShowcasesPersonalData(IAppDbContext db) : SubjectRowsSource<Showcase>
{
    public override string Category => "showcases";

    public override IReadOnlyList<string> Obligations => ["D1"];

    protected override IQueryable<Showcase> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.Showcases.Where(s => subjects.Contains(s.OwnerId));

    protected override IQueryable<object> Exported(IQueryable<Showcase> rows) =>
        rows.OrderBy(s => s.PublishedAt).Select(s => new { s.Id, s.AssetId, s.Title, s.PublishedAt });
}
