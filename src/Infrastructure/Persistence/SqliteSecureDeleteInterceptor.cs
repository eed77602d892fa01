using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>
/// Every SQLite connection overwrites what it deletes with zeros (<c>secure_delete</c>), so an erased row leaves no
/// readable bytes in a page still in use or on the free list. Microsoft.Data.Sqlite has no connection-string keyword
/// for this pragma, and it is per connection, so it is sent on each open.
/// </summary>
internal sealed class SqliteSecureDeleteInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA secure_delete=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
