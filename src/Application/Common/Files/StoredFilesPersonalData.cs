using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Microsoft.EntityFrameworkCore;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Security;

namespace Pixyer.Application.Common.Files;

/// <summary>
/// Everything in the person's group of the file store: upload images and thumbnails, generated assets, export
/// archives, and any orphan a crash left behind, all encrypted with the person's <see cref="FileKey"/>. Its export only
/// counts them (the originals are exported by the uploads and assets sources, thumbnails are derived from the uploads,
/// and archives are earlier exports). Its erasure destroys the key first, inside the erasure's transaction, so that no
/// copy of the files can be decrypted any more, and deletes the whole group once that transaction has committed, so
/// that no row survives its file; erasure verification finds whatever the store still holds.
/// </summary>
public sealed class StoredFilesPersonalData(IAppDbContext db, IFileStore files, CommitHooks hooks) : IPersonalDataSource
{
    public string Category => "files";

    public IReadOnlyList<string> Obligations => ["C2", "C3", "G3"];

    public IReadOnlyList<Type> EntityTypes => [typeof(FileKey)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken) =>
        await writer.WriteRecordAsync(Category, new { StoredFiles = (await files.ListAsync(subject, cancellationToken)).Count }, cancellationToken);

    public async Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        var erased = subjects.ToArray();
        await db.DestroyFileKeysAsync(erased, cancellationToken);
        hooks.OnCommitted(token => files.DeleteAllAsync(erased, token));
    }

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(
            Category,
            ("StoredFile", (await files.ListAsync(subject, cancellationToken)).Count),
            (nameof(FileKey), await db.FileKeys.CountAsync(k => k.SubjectId == subject, cancellationToken)));
}
