using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports;

/// <summary>A person's export requests (G3); the archives themselves are files of the owner's group (the <c>files</c> source).</summary>
public sealed class ExportsPersonalData(IAppDbContext db) : SubjectRowsSource<DataExport>
{
    public override string Category => "exports";

    public override IReadOnlyList<string> Obligations => ["G3"];

    protected override IQueryable<DataExport> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.DataExports.Where(e => subjects.Contains(e.SubjectId));

    protected override IQueryable<object> Exported(IQueryable<DataExport> rows) =>
        rows.OrderBy(e => e.RequestedAt)
            .Select(e => new { e.Id, Status = e.Status.ToString(), e.RequestedAt, e.ReadyAt, e.ExpiresAt, e.ArchiveLength });
}
