using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Pixyer.Bench;

/// <summary>
/// A throwaway PostgreSQL cluster in a temporary folder, on a free loopback port, removed again on dispose.
/// initdb refuses to run as root, so as root the server's commands run as the <c>postgres</c> user.
/// </summary>
internal sealed class TempPostgres : IAsyncDisposable
{
    private const string DatabaseName = "pixyer_bench";

    private readonly string directory;
    private readonly string binaries;
    private readonly bool asPostgresUser;
    private bool started;

    private TempPostgres(string directory, string binaries, bool asPostgresUser, int port)
    {
        this.directory = directory;
        this.binaries = binaries;
        this.asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={DatabaseName};Maximum Pool Size=64";

    public static async Task<TempPostgres> StartAsync(string binaries)
    {
        if (!File.Exists(Path.Combine(binaries, "initdb")))
        {
            throw new InvalidOperationException(
                $"No PostgreSQL binaries in {binaries}; install postgresql-15 or set PIXYER_BENCH_DB to a connection string.");
        }

        var directory = Path.Combine(Path.GetTempPath(), "pixyer-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var root = Environment.UserName == "root";
        var postgres = new TempPostgres(directory, binaries, root, FreePort());
        try
        {
            if (root)
            {
                await RunAsync("chown", ["postgres:postgres", directory]);
            }

            var data = Path.Combine(directory, "data");
            await postgres.RunPgAsync("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
            var serverOptions = $"-p {postgres.Port.ToString(CultureInfo.InvariantCulture)} -c listen_addresses=127.0.0.1 "
                + $"-c unix_socket_directories={directory} -c max_connections=200";
            await postgres.RunPgAsync("pg_ctl", ["-D", data, "-l", Path.Combine(directory, "server.log"), "-o", serverOptions, "-w", "start"]);
            postgres.started = true;
            await postgres.RunPgAsync(
                "createdb", ["-h", "127.0.0.1", "-p", postgres.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", DatabaseName]);
            return postgres;
        }
        catch
        {
            await postgres.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (started)
            {
                await RunPgAsync("pg_ctl", ["-D", Path.Combine(directory, "data"), "-m", "fast", "-w", "stop"]);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunPgAsync(string tool, IEnumerable<string> arguments)
    {
        var executable = Path.Combine(binaries, tool);
        return asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments])
            : RunAsync(executable, arguments);
    }

    private static async Task RunAsync(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode.ToString(CultureInfo.InvariantCulture)}:\n"
                + await output + await error);
        }
    }
}
