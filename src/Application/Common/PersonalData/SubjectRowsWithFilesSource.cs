using Pixyer.Application.Common.Files;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// A <see cref="SubjectRowsSource{TEntity}"/> whose rows each name a stored file: the export holds the rows as JSON
/// and each file as <c>{category}/{id}.{extension}</c>. The files themselves are erased with the owner's group of
/// the store (the <c>files</c> source).
/// </summary>
public abstract class SubjectRowsWithFilesSource<TEntity>(IFileStore files) : SubjectRowsSource<TEntity>
    where TEntity : class
{
    public override async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        await base.ExportAsync(subject, writer, cancellationToken);
        await writer.WriteFilesAsync(files, Category, StoredFiles(RowsOf([subject])), cancellationToken);
    }

    /// <summary>The file each row names, in the order they go into the export.</summary>
    protected abstract IQueryable<ExportedFile> StoredFiles(IQueryable<TEntity> rows);
}
