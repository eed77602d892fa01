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
/// as in production. The bench adds only its bare endpoints (<see cref="BareEndpoints"/>), a SQL counter, and
/// optionally a cheap password hasher that both paths then share.
/// </summary>
internal sealed class BenchApi(SqlCounter counter, bool fastHasher) : WebApplicationFactory<Program>
{
    public SqlCounter Counter => counter;

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
        });
    }
}
