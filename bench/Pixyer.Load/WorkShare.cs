using System.Collections.Concurrent;
using Npgsql;

namespace Pixyer.Load;

/// <summary>
/// Which node claimed the run's generation jobs: the running jobs' claims, sampled every 200 ms until stopped (a job
/// claimed and finished between two samples is not seen). A claim names its node by process id or scheduler instance.
/// </summary>
internal sealed class WorkShare(Cluster cluster, string connectionString, Guid[] ids)
{
    private readonly ConcurrentDictionary<Guid, string> claimants = new();

    public async Task SampleAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stop);
                await using var command = new NpgsqlCommand("SELECT id, claimed_by FROM generation_jobs WHERE owner_id = ANY(@ids) AND status = 'Running'", connection);
                command.Parameters.AddWithValue("ids", ids);
                await using var reader = await command.ExecuteReaderAsync(stop);
                while (await reader.ReadAsync(stop))
                {
                    claimants.TryAdd(reader.GetGuid(0), cluster.ClaimedBy(reader.IsDBNull(1) ? null : reader.GetString(1))?.Name ?? "unknown");
                }

                await Task.Delay(200, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>"node1 40 (80 %), node2 10 (20 %)" over the jobs seen running.</summary>
    public string Describe() => claimants.IsEmpty
        ? "no job was seen running"
        : string.Join(", ", claimants.Values.GroupBy(n => n).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FormattableString.Invariant($"{g.Key} {g.Count()} ({100.0 * g.Count() / claimants.Count:0} %)")))
          + FormattableString.Invariant($" of {claimants.Count} jobs seen running");
}
