using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server started from the local binaries (initdb + pg_ctl on a free loopback port) and
/// removed on dispose. The integration tests and the benchmark (which links this file) both run on it.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string binDirectory;
    private readonly string directory;
    private readonly string serverOptions;

    private PostgresServer(string connectionString, int port, string binDirectory, string directory, string serverOptions)
    {
        ConnectionString = connectionString;
        Port = port;
        this.binDirectory = binDirectory;
        this.directory = directory;
        this.serverOptions = serverOptions;
    }

    public string ConnectionString { get; }

    public int Port { get; }

    /// <param name="database">The database to create and connect to.</param>
    /// <param name="durable">Keep fsync on (benchmarks); tests trade durability for speed.</param>
    /// <param name="binDirectory">The server binaries; found with pg_config or under /usr/lib/postgresql when null.</param>
    public static async Task<PostgresServer> StartAsync(string database, bool durable = false, string? binDirectory = null)
    {
        var bin = binDirectory ?? FindBinaries();
        var directory = Path.Combine(Path.GetTempPath(), $"pixyer-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["postgres:postgres", directory], asRoot: false);
        }

        var port = FreePort();
        await RunAsync(
            Path.Combine(bin, "initdb"),
            ["-D", Path.Combine(directory, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
            asRoot);
        var server = new PostgresServer(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database={database}",
            port,
            bin,
            directory,
            $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={directory} -c max_connections=200"
            + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"));
        await server.StartAgainAsync();
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres");
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
        return server;
    }

    /// <summary>Starts the stopped server again, on the same port and data.</summary>
    public Task StartAgainAsync() => RunAsync(
        Path.Combine(binDirectory, "pg_ctl"),
        ["-D", Path.Combine(directory, "data"), "-l", Path.Combine(directory, "server.log"), "-w", "start", "-o", serverOptions],
        Environment.UserName == "root");

    /// <summary>Stops the server at once, as a crash would, and closes this process's pooled connections to it.</summary>
    public Task StopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        return RunAsync(
            Path.Combine(binDirectory, "pg_ctl"),
            ["-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop"],
            Environment.UserName == "root");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(directory, recursive: true);
    }

    private static string FindBinaries()
    {
        var candidates = new List<string>();
        try
        {
            candidates.Add(Capture("pg_config", "--bindir"));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No pg_config on PATH: fall back to the versioned folders.
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(v => Path.Combine(v, "bin")));
        }

        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "initdb")))
            ?? throw new InvalidOperationException(
                "No PostgreSQL server binaries (initdb) found; install PostgreSQL or name an existing database.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Capture(string file, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(file, argument) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asRoot)
    {
        var start = asRoot ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. arguments]) : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {await output} {await error}");
        }
    }
}
