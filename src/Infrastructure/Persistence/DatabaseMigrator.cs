using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Pixyer.Infrastructure.Persistence;

public static class DatabaseMigrator
{
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers go on while a command writes.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using (var command = db.Database.GetDbConnection().CreateCommand())
            {
                command.CommandText = "PRAGMA journal_mode=WAL;";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await db.Database.CloseConnectionAsync();
        }

        if (scope.ServiceProvider.GetRequiredService<IOptions<InfrastructureOptions>>().Value.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
            await services.SeedPolicyAsync(cancellationToken);
        }
    }
}
