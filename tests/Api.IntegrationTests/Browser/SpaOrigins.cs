using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Pixyer.Api.IntegrationTests.Browser;

/// <summary>
/// Two single-page apps on loopback servers of their own, each at <c>http://localhost:port</c>: another site than the
/// API at <c>http://127.0.0.1:port</c>. Real servers, not Playwright routes: Chromium lets a page reach loopback
/// addresses only from a page it loaded from loopback itself.
/// </summary>
public sealed class SpaOrigins : IAsyncLifetime
{
    /// <summary>The SPA's script: each call is one step, so that a test can reload the page between them.</summary>
    private const string Page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>SPA</title><script>
        window.spa = {
          async call(api, method, path, body, csrf) {
            const headers = {};
            if (body) headers['Content-Type'] = 'application/json';
            if (csrf) headers['X-CSRF-Token'] = csrf;
            try {
              const response = await fetch(api + path, { method, headers, credentials: 'include', body: body ? JSON.stringify(body) : undefined });
              return { status: response.status, body: (response.headers.get('content-type') || '').includes('json') ? await response.json() : null };
            } catch (error) {
              return { status: 0, blocked: String(error) };
            }
          },
        };
        </script></head><body><h1>An SPA on another site</h1></body></html>
        """;

    private readonly List<WebApplication> servers = [];

    /// <summary>The origin the API's <c>Pixyer:Cors:AllowedOrigins</c> names.</summary>
    public string Configured { get; private set; } = "";

    /// <summary>An origin the API knows nothing of.</summary>
    public string Stranger { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Configured = await StartAsync();
        Stranger = await StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }
    }

    private async Task<string> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = builder.Build();
        server.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
        await server.StartAsync();
        servers.Add(server);
        return "http://localhost:" + new Uri(server.Urls.First()).Port;
    }
}
