using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pixyer.Application.Common.Security;
using Pixyer.Infrastructure;
using Pixyer.Infrastructure.Persistence;
using Quartz;

namespace Pixyer.Bench;

/// <summary>
/// The real API, in process, on the bench database: the same Program, services, middleware and mediator pipeline
/// as in production. The bench adds only its bare endpoints (<see cref="BareEndpoints"/>), a SQL counter,
/// optionally a cheap password hasher that both paths then share, and what a scenario adds in
/// <paramref name="configureServices"/> (after the API's own registrations). With <paramref name="sqliteDirectory"/>
/// (see <see cref="OnSqlite"/>) it runs on the embedded SQLite default instead: an empty <c>ConnectionStrings:Pixyer</c>
/// and that folder as <c>Pixyer:DataDirectory</c>, so the database is the file <c>pixyer.db</c> in it. With
/// <paramref name="runJobs"/> its Quartz scheduler starts, but only the audit sequencer has a trigger (every other
/// job's interval is zero); otherwise the scheduler stays unstarted. <paramref name="settings"/>: configuration keys the
/// scenario sets on this host only (e.g. <c>Pixyer:Bootstrap:AdminEmails:0</c>), as <c>UseSetting</c>.
/// </summary>
internal sealed class BenchApi(
    SqlCounter counter,
    bool fastHasher,
    Action<IServiceCollection>? configureServices = null,
    string? sqliteDirectory = null,
    bool runJobs = false,
    IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public SqlCounter Counter => counter;

    /// <summary>The SQLite database file, when the API runs on SQLite.</summary>
    public string? SqliteFile => sqliteDirectory is null ? null : Path.Combine(sqliteDirectory, "pixyer.db");

    /// <summary>The API on the embedded SQLite default, in a fresh temp folder that is deleted with it.</summary>
    public static BenchApi OnSqlite(
        SqlCounter counter, bool fastHasher, Action<IServiceCollection>? configureServices = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "pixyer-bench-sqlite-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        return new BenchApi(counter, fastHasher, configureServices, directory, settings: settings);
    }

    /// <summary>The premise of every PostgreSQL figure: the API found the bench's connection string and runs on PostgreSQL.</summary>
    public void EnsurePostgreSql() => EnsureProvider(DatabaseProvider.PostgreSql, null);

    /// <summary>The premise of every SQLite figure: the API runs on SQLite, on the file in this API's own folder.</summary>
    public void EnsureSqlite() =>
        EnsureProvider(DatabaseProvider.Sqlite, SqliteFile ?? throw new InvalidOperationException("This API was not started on SQLite."));

    /// <summary>A connection string for the bench's own connections to the SQLite file (not pooled, as the tests' own).</summary>
    public string SqliteConnectionString() =>
        new SqliteConnectionStringBuilder { DataSource = SqliteFile ?? throw new InvalidOperationException("Not on SQLite."), Pooling = false }.ToString();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (sqliteDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteDirectory, recursive: true);
        }
    }

    public HttpClient NewClient() =>
        // No cookies: the login's session cookie would make every later request of the client authenticate (a
        // session lookup) and would need the CSRF header; the bench measures register and login only.
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (sqliteDirectory is not null)
        {
            // Empty: the API's own rule picks the embedded SQLite file in the data folder.
            builder.UseSetting("ConnectionStrings:" + DatabaseRegistration.ConnectionStringName, "");
            builder.UseSetting("Pixyer:DataDirectory", sqliteDirectory);
        }

        if (runJobs)
        {
            builder.UseSetting("Pixyer:Jobs:Enabled", "true");
            foreach (var interval in typeof(InfrastructureOptions.JobOptions).GetProperties()
                         .Where(p => p.PropertyType == typeof(TimeSpan) && p.Name.EndsWith("Interval", StringComparison.Ordinal)))
            {
                builder.UseSetting("Pixyer:Jobs:" + interval.Name, "00:00:00");
            }
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, BareEndpoints.StartupFilter>();

            // Pixyer:Jobs:Enabled=false makes JobRegistration set StartDelay to 3650 days, which Quartz 4.7 refuses
            // (at most 49.7 days) and the host does not start. Leaving the scheduler unstarted is what is meant.
            if (!runJobs)
            {
                services.ConfigureAll<QuartzHostedServiceOptions>(o =>
                {
                    o.StartDelay = null;
                    o.AutoStart = false;
                });
            }
            services.AddSingleton(counter);
            services.ConfigureDbContext<PostgresPixyerDbContext>(o => o.AddInterceptors(counter));
            services.ConfigureDbContext<SqlitePixyerDbContext>(o => o.AddInterceptors(counter));
            if (fastHasher)
            {
                services.RemoveAll<IPasswordHasher>();
                services.AddSingleton<IPasswordHasher, FastPasswordHasher>();
            }

            configureServices?.Invoke(services);
        });
    }

    private void EnsureProvider(DatabaseProvider expected, string? sqliteFile)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        if (db.Provider != expected)
        {
            throw new InvalidOperationException($"The API runs on {db.Provider}, not on the bench's {expected}.");
        }

        var dataSource = sqliteFile is null ? null : new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (sqliteFile is not null && Path.GetFullPath(dataSource!) != Path.GetFullPath(sqliteFile))
        {
            throw new InvalidOperationException($"The API's SQLite file is {dataSource}, not the bench's {sqliteFile}.");
        }
    }
}
