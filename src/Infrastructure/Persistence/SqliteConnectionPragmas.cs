using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>
/// What every SQLite connection is set to on open (both pragmas are per connection, and Microsoft.Data.Sqlite has no
/// connection-string keyword for them):
/// <list type="bullet">
/// <item><c>secure_delete</c>: what is deleted is overwritten with zeros, so an erased row leaves no readable bytes in a
/// page still in use or on the free list.</item>
/// <item><c>busy_timeout</c>: a connection that finds the file locked by another (a request's access-log row written
/// as the next one begins its transaction) waits in SQLite's own busy handler, which retries within milliseconds;
/// without it Microsoft.Data.Sqlite sleeps 150 ms before each retry.</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 30_000;

    private const string Pragmas = "PRAGMA secure_delete=ON; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
