using Microsoft.EntityFrameworkCore;

namespace Pixyer.Infrastructure.Persistence;

public sealed class SqlitePixyerDbContext(DbContextOptions<SqlitePixyerDbContext> options) : PixyerDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcMicrosecondsConverter>();
    }
}
