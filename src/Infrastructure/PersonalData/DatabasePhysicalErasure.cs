using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.PersonalData;

/// <summary>
/// SQLite: <c>PRAGMA wal_checkpoint(TRUNCATE)</c> copies the last version of every page (zeroed where rows were
/// deleted, as every connection runs with <c>secure_delete</c>) into the file and truncates the log to zero bytes. It
/// needs every reader to be on the newest snapshot, so it waits for them up to <see cref="CheckpointWait"/>; when a
/// reader still holds an older one, the result row says busy and the log keeps its pages until the next checkpoint,
/// which the erasure verification's raw scan reports. PostgreSQL: a plain <c>VACUUM</c> of the erased tables (not
/// <c>FULL</c>: it does not lock the tables), which cannot run inside a transaction.
/// </summary>
internal sealed partial class DatabasePhysicalErasure(PixyerDbContext db, ILogger<DatabasePhysicalErasure> logger) : IPhysicalErasure
{
    private static readonly TimeSpan CheckpointWait = TimeSpan.FromSeconds(10);

    public Task<bool> ReclaimAsync(IReadOnlyCollection<Type> erasedEntities, CancellationToken cancellationToken) =>
        db.Provider == DatabaseProvider.Sqlite ? CheckpointAsync(cancellationToken) : VacuumAsync(erasedEntities, cancellationToken);

    private async Task<bool> CheckpointAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            // A shorter wait for this statement: a reader on an old snapshot is not worth 30 s; the connection's own after it.
            command.CommandText = $"PRAGMA busy_timeout={(int)CheckpointWait.TotalMilliseconds};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            // One row (busy, log pages, checkpointed pages); busy is 1 when a reader or writer kept it from finishing.
            // Sent on its own: in one batch with the pragma above, the first row read would be the timeout's.
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            bool busy;
            await using (var result = await command.ExecuteReaderAsync(cancellationToken))
            {
                busy = await result.ReadAsync(cancellationToken) && result.GetInt32(0) != 0;
            }

            command.CommandText = $"PRAGMA busy_timeout={SqliteConnectionPragmas.BusyTimeoutMilliseconds};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (busy)
            {
                LogCheckpointBusy();
            }

            return !busy;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<bool> VacuumAsync(IReadOnlyCollection<Type> erasedEntities, CancellationToken cancellationToken)
    {
        var tables = erasedEntities
            .Select(type => db.Model.FindEntityType(type)?.GetTableName())
            .OfType<string>()
            .Distinct()
            .Select(table => $"\"{table}\"")
            .ToList();
        if (tables.Count > 0)
        {
            var vacuum = $"VACUUM {string.Join(", ", tables)}";
            await db.Database.ExecuteSqlRawAsync(vacuum, cancellationToken);
        }

        return true;
    }

    [LoggerMessage(LogLevel.Warning, "The WAL checkpoint after an erasure was blocked by a reader; the log keeps old pages until the next checkpoint")]
    private partial void LogCheckpointBusy();
}
