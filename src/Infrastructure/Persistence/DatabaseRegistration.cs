using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Infrastructure.Persistence;

public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Pixyer";

    /// <summary>PostgreSQL when a connection string is configured; otherwise the embedded SQLite file.</summary>
    public static (DatabaseProvider Provider, string ConnectionString) Resolve(IConfiguration configuration, InfrastructureOptions options)
    {
        var postgres = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return (DatabaseProvider.PostgreSql, postgres);
        }

        Directory.CreateDirectory(options.DataPath());
        var sqlite = new SqliteConnectionStringBuilder { DataSource = options.DataPath("pixyer.db"), Pooling = true };
        return (DatabaseProvider.Sqlite, sqlite.ToString());
    }

    public static DbContextOptionsBuilder<TContext> Configure<TContext>(
        DbContextOptionsBuilder<TContext> builder, DatabaseProvider provider, string connectionString)
        where TContext : DbContext
    {
        _ = provider switch
        {
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString).AddInterceptors(new PostgresRowLocks()),
            _ => builder.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionPragmas()),
        };
        builder.UseSnakeCaseNamingConvention();
        return builder;
    }

    public static IServiceCollection AddPixyerDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<PixyerDbContext, PostgresPixyerDbContext>(o =>
                Configure((DbContextOptionsBuilder<PostgresPixyerDbContext>)o, provider, connectionString));
        }
        else
        {
            services.AddDbContext<PixyerDbContext, SqlitePixyerDbContext>(o =>
                Configure((DbContextOptionsBuilder<SqlitePixyerDbContext>)o, provider, connectionString));
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<PixyerDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IReadSnapshots, ReadSnapshots>();
        services.AddScoped<ISubjectLocks, SubjectLocks>();
        services.AddScoped<IRowClaims, RowClaims>();
        services.AddScoped<IKeptOnRollback, KeptOnRollback>();
        services.AddSingleton<IConstraintViolations, ConstraintViolations>();
        services.AddSingleton<IStoreOutages, StoreOutages>();
        return services;
    }
}
