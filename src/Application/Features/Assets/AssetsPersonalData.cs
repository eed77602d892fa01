using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Assets;

namespace Pixyer.Application.Features.Assets;

/// <summary>The marketing visuals generated for a person (C3): their metadata as JSON, and each stored image as a file of the export.</summary>
public sealed class AssetsPersonalData(IAppDbContext db, IFileStore files) : SubjectRowsWithFilesSource<Asset>(files)
{
    public override string Category => "assets";

    public override IReadOnlyList<string> Obligations => ["C3", "U2"];

    protected override IQueryable<Asset> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.Assets.Where(a => subjects.Contains(a.OwnerId));

    protected override IQueryable<object> Exported(IQueryable<Asset> rows) =>
        rows.OrderBy(a => a.CreatedAt)
            .Select(a => new { a.Id, a.UploadId, a.GenerationJobId, a.Template, a.Format, a.ContentType, a.Width, a.Height, a.Length, a.Sha256, a.CreatedAt });

    protected override IQueryable<ExportedFile> StoredFiles(IQueryable<Asset> rows) =>
        rows.OrderBy(a => a.CreatedAt).Select(a => new ExportedFile(a.Id.Value, a.ContentType, a.FileKey));
}
