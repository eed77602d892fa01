using System.Globalization;
using Npgsql;

namespace Pixyer.Load;

/// <summary>
/// The API nodes of a run: the same published API, one PostgreSQL, one shared data folder (files, mail pickup, keys),
/// jobs on with short intervals so that generation, export, erasure and mail delivery run while the suite watches.
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    private readonly List<ApiNode> nodes;
    private readonly string connectionString;
    private int next;

    private Cluster(List<ApiNode> nodes, string connectionString, string dataDirectory)
    {
        this.nodes = nodes;
        this.connectionString = connectionString;
        DataDirectory = dataDirectory;
    }

    public IReadOnlyList<ApiNode> Nodes => nodes;

    public string DataDirectory { get; }

    public string MailFolder => Path.Combine(DataDirectory, "mail");

    /// <summary>The settings every node runs with, as environment variables (they outrank appsettings.json).</summary>
    public static Dictionary<string, string> Settings(string connectionString, string dataDirectory, LoadOptions options) => new()
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
        // Planned for issue 18's per-item workers; ignored by a build without them.
        ["Pixyer__Jobs__GenerationWorkers"] = options.Workers.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Starts <paramref name="count"/> nodes one after another (the first one creates the shared key files).</summary>
    public static async Task<Cluster> StartAsync(int count, string apiDll, string connectionString, LoadOptions options, string workFolder)
    {
        var dataDirectory = Path.Combine(workFolder, $"data-{Guid.NewGuid():N}"[..13]);
        Directory.CreateDirectory(dataDirectory);
        var settings = Settings(connectionString, dataDirectory, options);
        var cluster = new Cluster([], connectionString, dataDirectory);
        try
        {
            for (var i = 1; i <= count; i++)
            {
                var node = new ApiNode($"node{i}", apiDll, settings, workFolder);
                cluster.nodes.Add(node);
                await cluster.StartAsync(node);
            }

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync(); // a node that did not come up must not outlive the run, nor those started before it
            throw;
        }
    }

    /// <summary>Starts (or restarts) <paramref name="node"/> and learns which Quartz scheduler instance it is.</summary>
    public async Task StartAsync(ApiNode node)
    {
        var known = await SchedulerInstancesAsync();
        await node.StartAsync();
        for (var waited = 0; waited < 300 && node.SchedulerInstance is null; waited++)
        {
            node.SchedulerInstance = (await SchedulerInstancesAsync()).Except(known).FirstOrDefault();
            await Task.Delay(100);
        }
    }

    /// <summary>The next running node, round-robin.</summary>
    public ApiNode Next()
    {
        var running = nodes.Where(n => n.IsRunning).ToList();
        return running.Count == 0 ? nodes[0] : running[(int)((uint)Interlocked.Increment(ref next) % running.Count)];
    }

    /// <summary>The node whose Quartz scheduler has <paramref name="jobName"/> executing right now, if any.</summary>
    public async Task<ApiNode?> RunningJobAsync(string jobName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT instance_name FROM qrtz_fired_triggers WHERE job_name = @job AND state = 'EXECUTING'", connection);
        command.Parameters.AddWithValue("job", jobName);
        var instances = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            instances.Add(reader.GetString(0));
        }

        return nodes.FirstOrDefault(n => n.IsRunning && n.SchedulerInstance is { } i && instances.Contains(i));
    }

    /// <summary>The node a claim names: by its process id (<c>host/pid</c>) or its scheduler instance.</summary>
    public ApiNode? ClaimedBy(string? claim) => claim is null
        ? null
        : nodes.FirstOrDefault(n => n.IsRunning
            && (claim.EndsWith("/" + n.ProcessId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                || (n.SchedulerInstance is { } i && claim.Contains(i, StringComparison.Ordinal))));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }
    }

    private async Task<List<string>> SchedulerInstancesAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT instance_name FROM qrtz_scheduler_state", connection);
            var names = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return []; // the first node has not provisioned Quartz's tables yet
        }
    }
}
