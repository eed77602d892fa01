using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pixyer.Load;

/// <summary>
/// One API node: a real <c>dotnet Pixyer.Api.dll</c> process on a fixed loopback port, its output in a log file. It can
/// be killed as a crash would (SIGKILL, no shutdown) and started again on the same port, node id and settings.
/// </summary>
internal sealed class ApiNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4); // a loaded 2-core machine took 100 s

    private readonly string apiDll;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly string logFile;
    private Process? process;
    private int starts;

    public ApiNode(string name, string apiDll, IReadOnlyDictionary<string, string> settings, string logFolder)
    {
        Name = name;
        this.apiDll = apiDll;
        this.settings = settings;
        logFile = Path.Combine(logFolder, $"{name}.log");
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Also its <c>Pixyer:Jobs:NodeId</c>, the claim its workers write on the items they take.</summary>
    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>A plain client of the node's address, as any outside client would use it.</summary>
    public HttpClient Client { get; }

    public bool IsRunning => process is { HasExited: false };

    /// <summary>Starts the process and waits until it answers <c>/health/live</c>.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet", [apiDll, "--urls", BaseAddress.GetLeftPart(UriPartial.Authority)])
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        start.Environment["Pixyer__PublicBaseUrl"] = BaseAddress.GetLeftPart(UriPartial.Authority);
        starts++;
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        await log.WriteLineAsync($"---- start {starts} at {DateTimeOffset.UtcNow:O}");
        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilLiveAsync();
    }

    /// <summary>kill -9: the process ends at once, leases and Quartz's fired triggers left as they were, its connections (and their locks) dropped by PostgreSQL.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill();
            await running.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        Client.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode} while starting; see {logFile}.");
            }

            try
            {
                using var response = await Client.GetAsync("/health/live");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} did not answer /health/live within {StartTimeout}; see {logFile}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
