using Microsoft.EntityFrameworkCore;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// A source whose data is the rows of one entity that belong to the subject: exported as the projection a
/// source chooses, erased by deleting the rows, and found by counting them.
/// </summary>
public abstract class SubjectRowsSource<TEntity> : IPersonalDataSource
    where TEntity : class
{
    public abstract string Category { get; }

    public abstract IReadOnlyList<string> Obligations { get; }

    public virtual IReadOnlyList<Type> EntityTypes => [typeof(TEntity)];

    /// <summary>The rows as one JSON file; a source whose rows name stored files adds those.</summary>
    public virtual async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken) =>
        await writer.WriteRecordsAsync(Category, await Exported(RowsOf([subject]).AsNoTracking()).ToListAsync(cancellationToken), cancellationToken);

    public Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken) =>
        ErasableRowsOf(subjects).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (typeof(TEntity).Name, await RowsOf([subject]).CountAsync(cancellationToken)));

    /// <summary>The subjects' rows.</summary>
    protected abstract IQueryable<TEntity> RowsOf(IReadOnlyCollection<AccountId> subjects);

    /// <summary>The rows erasure deletes: all of the subjects' unless a source must keep some.</summary>
    protected virtual IQueryable<TEntity> ErasableRowsOf(IReadOnlyCollection<AccountId> subjects) => RowsOf(subjects);

    /// <summary>What of each row goes into the export, in order.</summary>
    protected abstract IQueryable<object> Exported(IQueryable<TEntity> rows);
}
