namespace Pixyer.Load;

/// <summary>
/// Which node did the run's generation jobs: each job's <c>claimed_by</c>, the id of the node that claimed it last
/// (kept after the job is done), counted per node once the queues have drained.
/// </summary>
internal static class WorkShare
{
    private const string ByNodeSql = "SELECT claimed_by, count(*) FROM generation_jobs WHERE owner_id = ANY(@ids) GROUP BY claimed_by ORDER BY claimed_by";

    /// <summary>"load-node-1 40 (80 %), load-node-2 10 (20 %) of 50 jobs".</summary>
    public static async Task<string> DescribeAsync(Ledger ledger, Guid[] ids)
    {
        var byNode = await ledger.TallyAsync(ByNodeSql, ids);
        var total = byNode.Sum(n => n.Count);
        return total == 0
            ? "no generation job"
            : string.Join(", ", byNode.Select(n => FormattableString.Invariant($"{n.Label} {n.Count} ({100.0 * n.Count / total:0} %)")))
              + FormattableString.Invariant($" of {total} jobs");
    }
}
