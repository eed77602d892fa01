using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without the host.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPixyerDbContext>
{
    public PostgresPixyerDbContext CreateDbContext(string[] args) =>
        new(DatabaseRegistration.Configure(new DbContextOptionsBuilder<PostgresPixyerDbContext>(), DatabaseProvider.PostgreSql, "Host=localhost")
            .Options);
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePixyerDbContext>
{
    public SqlitePixyerDbContext CreateDbContext(string[] args) =>
        new(DatabaseRegistration.Configure(new DbContextOptionsBuilder<SqlitePixyerDbContext>(), DatabaseProvider.Sqlite, "Data Source=design.db")
            .Options);
}
