using Microsoft.EntityFrameworkCore.Storage;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Infrastructure.Persistence;

internal sealed class UnitOfWork(PixyerDbContext db) : IUnitOfWork
{
    /// <summary>SQLite has one writer at a time; queueing here avoids its busy errors on lock upgrades.</summary>
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    public async Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken)
    {
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        if (sqlite)
        {
            await SqliteWriter.WaitAsync(cancellationToken);
        }

        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            return new Scope(db, transaction, sqlite ? SqliteWriter : null);
        }
        catch
        {
            if (sqlite)
            {
                SqliteWriter.Release();
            }

            throw;
        }
    }

    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("CommitAsync needs a transaction begun with BeginAsync.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed class Scope(PixyerDbContext db, IDbContextTransaction transaction, SemaphoreSlim? writer) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // Disposing an uncommitted transaction rolls it back; the tracked changes go with it.
                await transaction.DisposeAsync();
                db.ChangeTracker.Clear();
            }
            finally
            {
                writer?.Release();
            }
        }
    }
}
