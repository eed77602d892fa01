using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Files;

/// <summary>
/// Everything in the person's group of the file store: upload images and thumbnails, generated assets, export
/// archives, and any orphan a crash left behind. Its export only counts them (the originals are exported by the
/// uploads and assets sources, thumbnails are derived from the uploads, and archives are earlier exports). Its
/// erasure deletes the whole group once the erasure's transaction has committed, so that no row survives its file;
/// erasure verification finds whatever the store still holds.
/// </summary>
public sealed class StoredFilesPersonalData(IFileStore files, CommitHooks hooks) : IPersonalDataSource
{
    public string Category => "files";

    public IReadOnlyList<string> Obligations => ["C2", "C3", "G3"];

    public IReadOnlyList<Type> EntityTypes => [];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken) =>
        await writer.WriteRecordAsync(Category, new { StoredFiles = (await files.ListAsync(subject, cancellationToken)).Count }, cancellationToken);

    public Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        var erased = subjects.ToArray();
        hooks.OnCommitted(async token =>
        {
            foreach (var subject in erased)
            {
                await files.DeleteAllAsync(subject, token);
            }
        });
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, ("StoredFile", (await files.ListAsync(subject, cancellationToken)).Count));
}
