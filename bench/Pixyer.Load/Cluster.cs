using System.Globalization;

namespace Pixyer.Load;

/// <summary>
/// The API nodes of a run: the same published API, one PostgreSQL, one shared data folder (files, mail pickup, keys),
/// jobs on with short intervals so that generation, export, erasure and mail delivery run while the suite watches.
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    private readonly List<ApiNode> nodes;
    private int next;

    private Cluster(List<ApiNode> nodes, string dataDirectory)
    {
        this.nodes = nodes;
        DataDirectory = dataDirectory;
    }

    public IReadOnlyList<ApiNode> Nodes => nodes;

    public string DataDirectory { get; }

    public string MailFolder => Path.Combine(DataDirectory, "mail");

    /// <summary>The settings every node runs with, as environment variables (they outrank appsettings.json).</summary>
    private static Dictionary<string, string> Settings(string connectionString, string dataDirectory, LoadOptions options) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Pixyer"] = connectionString,
        ["Pixyer__DataDirectory"] = dataDirectory,
        ["Logging__LogLevel__Default"] = "Warning",
        // Sixteen clients from one address: the per-client allowances would answer 429 within seconds.
        ["Pixyer__Http__RequestsPerMinute"] = "1000000",
        ["Pixyer__Http__LoginRequestsPerMinute"] = "1000000",
        ["Pixyer__Http__RegistrationsPerMinute"] = "1000000",
        ["Pixyer__Http__PublicReadsPerMinute"] = "1000000",
        ["Pixyer__LoginThrottle__MaxFailuresPerClient"] = "1000000",
        ["Pixyer__Payments__FreeGenerationsPerMonth"] = "1000000",
        ["Pixyer__Jobs__OutboxDeliveryInterval"] = "00:00:01",
        ["Pixyer__Jobs__GenerationInterval"] = "00:00:01",
        ["Pixyer__Jobs__ExportInterval"] = "00:00:01",
        ["Pixyer__Jobs__ErasureInterval"] = "00:00:01",
        ["Pixyer__Jobs__GenerationLease"] = options.Lease.ToString("c", CultureInfo.InvariantCulture),
        ["Pixyer__Jobs__ExportLease"] = options.Lease.ToString("c", CultureInfo.InvariantCulture),
        ["Pixyer__Jobs__GenerationWorkers"] = options.Workers.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Starts <paramref name="count"/> nodes one after another (the first one creates the shared key files), named
    /// <c>load-node-1</c>, <c>load-node-2</c>...: the name is the node's id and its connections' application name.
    /// </summary>
    public static async Task<Cluster> StartAsync(int count, string apiDll, string connectionString, LoadOptions options, string workFolder)
    {
        var dataDirectory = Path.Combine(workFolder, $"data-{Guid.NewGuid():N}"[..13]);
        Directory.CreateDirectory(dataDirectory);
        var cluster = new Cluster([], dataDirectory);
        try
        {
            for (var i = 1; i <= count; i++)
            {
                var name = FormattableString.Invariant($"load-node-{i}");
                var settings = Settings($"{connectionString};Application Name={name}", dataDirectory, options);
                settings["Pixyer__Jobs__NodeId"] = name;
                var node = new ApiNode(name, apiDll, settings, workFolder);
                cluster.nodes.Add(node);
                await node.StartAsync();
            }

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync(); // a node that did not come up must not outlive the run, nor those started before it
            throw;
        }
    }

    /// <summary>The next running node, round-robin.</summary>
    public ApiNode Next()
    {
        var running = nodes.Where(n => n.IsRunning).ToList();
        return running.Count == 0 ? nodes[0] : running[(int)((uint)Interlocked.Increment(ref next) % running.Count)];
    }

    /// <summary>The node a claim (or an application name) names: the one whose node id it is.</summary>
    public ApiNode? ClaimedBy(string? claim) => nodes.FirstOrDefault(n => n.Name == claim);

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }
    }
}
