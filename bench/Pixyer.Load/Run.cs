using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Load;

/// <summary>What every scenario of a run shares: the options, the throwaway PostgreSQL, a work folder (data, node logs).</summary>
internal sealed class Run(LoadOptions options, PostgresServer postgres, string workFolder)
{
    public LoadOptions Options { get; } = options;

    public PostgresServer Postgres { get; } = postgres;

    /// <summary>The nodes' connection string: a pool large enough for their workers and sixteen clients.</summary>
    public string ConnectionString { get; } = postgres.ConnectionString + ";Maximum Pool Size=60";

    public Ledger Ledger { get; } = new(postgres.ConnectionString);

    public string WorkFolder { get; } = workFolder;

    public Task<Cluster> StartClusterAsync(int nodes) => Cluster.StartAsync(nodes, Options.ApiDll, ConnectionString, Options, WorkFolder);

    /// <summary>The machine's 1, 5 and 15 minute load averages (other sessions' work included).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
