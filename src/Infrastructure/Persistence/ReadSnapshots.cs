using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Infrastructure.Persistence;

internal sealed class ReadSnapshots(PixyerDbContext db) : IReadSnapshots
{
    public async Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
            return transaction;
        }

        // A deferred transaction takes no write lock (EF's would be immediate); in WAL mode its first read fixes the snapshot.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(sqlite, cancellationToken);
        return new SqliteSnapshot(db, sqlite);
    }

    private sealed class SqliteSnapshot(PixyerDbContext db, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
