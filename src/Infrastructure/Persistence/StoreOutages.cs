using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Infrastructure.Persistence;

internal sealed class StoreOutages : IStoreOutages
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCannotOpen = 14;

    public bool IsOutage(Exception exception) => ExceptionChain.Of(exception).Any(IsUnavailable);

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => IsUnavailableState(postgres.SqlState),
        // Npgsql marks refused or broken connections and timeouts as transient.
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteCannotOpen,
        RetryLimitExceededException or TimeoutException or SocketException => true,
        _ => false,
    };

    /// <summary>
    /// Connection exceptions (class 08), insufficient resources (53) and a server shutting down or starting up
    /// (57P01-57P03). A serialization failure is transient too, but it is a conflict between requests, not an outage.
    /// </summary>
    private static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow;
}
