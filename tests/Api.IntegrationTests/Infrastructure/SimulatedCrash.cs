using System.Data.Common;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A host whose database connection dies at the Nth <c>DELETE</c> statement, as it would if the process were
/// killed in the middle of a transaction: the statement never runs and the transaction is never committed.
/// </summary>
public sealed class SimulatedCrash(int deleteNumber) : DbCommandInterceptor
{
    private int deletes;

    public static WebApplicationFactory<Program> AtDelete(PixyerApiFactory app, int deleteNumber) =>
        app.WithWebHostBuilder(builder => builder
            // No scheduled job of the crashing host may spend the count: only the work the test runs deletes.
            .UseSetting("Pixyer:Jobs:Enabled", "false")
            .ConfigureTestServices(services =>
            {
                var crash = new SimulatedCrash(deleteNumber);
                _ = TestDatabase.Provider == TestProvider.Sqlite
                    ? services.ConfigureDbContext<SqlitePixyerDbContext>(options => options.AddInterceptors(crash))
                    : services.ConfigureDbContext<PostgresPixyerDbContext>(options => options.AddInterceptors(crash));
            }));

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            && Interlocked.Increment(ref deletes) == deleteNumber)
        {
            throw new SimulatedCrashException();
        }

        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}

public sealed class SimulatedCrashException() : Exception("The process died here (simulated).");
