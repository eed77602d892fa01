using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pixyer.Application.Common.Security;
using Pixyer.Infrastructure.Persistence;
using Quartz;

namespace Pixyer.Bench;

/// <summary>
/// The real API, in process, on the bench database: the same Program, services, middleware and mediator pipeline
/// as in production. The bench adds only its bare endpoints (<see cref="BareEndpoints"/>), a SQL counter,
/// optionally a cheap password hasher that both paths then share, and what a scenario adds in
/// <paramref name="configureServices"/> (after the API's own registrations).
/// </summary>
internal sealed class BenchApi(SqlCounter counter, bool fastHasher, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    public SqlCounter Counter => counter;

    /// <summary>The premise of every figure: the API found the bench's connection string and runs on PostgreSQL.</summary>
    public void EnsurePostgreSql()
    {
        using var scope = Services.CreateScope();
        var provider = scope.ServiceProvider.GetRequiredService<PixyerDbContext>().Provider;
        if (provider != DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException($"The API runs on {provider}, not on the bench's PostgreSQL.");
        }
    }

    public HttpClient NewClient() =>
        // No cookies: the login's session cookie would make every later request of the client authenticate (a
        // session lookup) and would need the CSRF header; the bench measures register and login only.
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, BareEndpoints.StartupFilter>();

            // Pixyer:Jobs:Enabled=false makes JobRegistration set StartDelay to 3650 days, which Quartz 4.7 refuses
            // (at most 49.7 days) and the host does not start. Leaving the scheduler unstarted is what is meant.
            services.ConfigureAll<QuartzHostedServiceOptions>(o =>
            {
                o.StartDelay = null;
                o.AutoStart = false;
            });
            services.AddSingleton(counter);
            services.ConfigureDbContext<PostgresPixyerDbContext>(o => o.AddInterceptors(counter));
            if (fastHasher)
            {
                services.RemoveAll<IPasswordHasher>();
                services.AddSingleton<IPasswordHasher, FastPasswordHasher>();
            }

            configureServices?.Invoke(services);
        });
    }
}
