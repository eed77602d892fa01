using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port of the loopback address, for clients that cannot use the in-process TestServer:
/// a browser, node, another process. It is a variant of the run's <see cref="PixyerApiFactory"/>, so it shares its
/// database, clock, data folder and mailbox (and the per-test reset of <see cref="ApiTest"/>). Mail links point at it.
/// </summary>
public sealed class LiveApi : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> host;

    private LiveApi(WebApplicationFactory<Program> host, Uri baseAddress)
    {
        this.host = host;
        BaseAddress = baseAddress;
    }

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string BaseUrl => BaseAddress.GetLeftPart(UriPartial.Authority);

    public Uri BaseAddress { get; }

    public IServiceProvider Services => host.Services;

    /// <summary>
    /// Starts the app with the run's settings, <c>Pixyer:PublicBaseUrl</c> set to the live address, and
    /// <paramref name="settings"/> on top (they may override the public base URL).
    /// </summary>
    public static LiveApi Start(PixyerApiFactory app, Dictionary<string, string>? settings = null)
    {
        // Kestrel could pick a port itself, but the public base URL must name it before the host starts.
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var overrides = new Dictionary<string, string> { ["Pixyer:PublicBaseUrl"] = baseAddress.GetLeftPart(UriPartial.Authority) };
        foreach (var (key, value) in settings ?? [])
        {
            overrides[key] = value;
        }

        var host = app.WithSettings(overrides);
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        host.StartServer();
        return new LiveApi(host, baseAddress);
    }

    /// <summary>A plain HTTP client of the live address, as any outside client would use it.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
