using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Persistence;

public sealed class MigrationsTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public void PostgresModel_ShouldHaveNoChangesMissingFromItsMigrations()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context PostgresPixyerDbContext");
    }

    [Fact]
    public void SqliteModel_ShouldHaveNoChangesMissingFromItsMigrations()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context SqlitePixyerDbContext");
    }

    [Fact]
    public async Task TestDatabase_ShouldHaveEveryMigrationApplied()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }
}
