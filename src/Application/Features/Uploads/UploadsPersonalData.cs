using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Uploads;

namespace Pixyer.Application.Features.Uploads;

/// <summary>The photos a person uploaded (C2): their metadata as JSON, and each stored image as a file of the export.</summary>
public sealed class UploadsPersonalData(IAppDbContext db, IFileStore files) : SubjectRowsWithFilesSource<Upload>(files)
{
    public override string Category => "uploads";

    public override IReadOnlyList<string> Obligations => ["C2", "U2"];

    protected override IQueryable<Upload> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.Uploads.Where(u => subjects.Contains(u.OwnerId));

    protected override IQueryable<object> Exported(IQueryable<Upload> rows) =>
        rows.OrderBy(u => u.UploadedAt)
            .Select(u => new { u.Id, u.OriginalName, u.ContentType, u.Width, u.Height, u.Length, u.Sha256, u.UploadedAt });

    protected override IQueryable<ExportedFile> StoredFiles(IQueryable<Upload> rows) =>
        rows.OrderBy(u => u.UploadedAt).Select(u => new ExportedFile(u.Id.Value, u.ContentType, u.FileKey));
}
