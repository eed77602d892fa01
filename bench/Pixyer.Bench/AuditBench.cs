using System.Text;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>audit</c> (issue 12): what the new audit log costs register + login. The same public endpoints and
/// pipeline with the cheap bench hasher, once as in production (<c>audited</c>: each command's entry inserted
/// unsequenced in its own SaveChanges) and once with the bench's no-op audit trail (<c>unaudited</c>,
/// <see cref="AuditSwitch"/>), interleaved round by round in one process. The target: audited / unaudited ≥ 0.9 at
/// 8 clients. The sequencer does not run (jobs off), so the entries pile up unsequenced.
/// </summary>
internal static class AuditBench
{
    public const string Scenario = "audit";

    public static Task RunAsync(BenchOptions options, StringBuilder report)
    {
        var audit = new AuditSwitch();
        var audited = BenchPath.Pipeline with { Name = "audited" };
        var unaudited = BenchPath.Pipeline with { Name = "unaudited", Description = BenchPath.Pipeline.Description + ", no audit entry" };
        return BenchMain.RunPairsAsync(
            new PairComparison(
                Scenario,
                FastHasher: true,
                [audited, unaudited],
                audit.Register,
                CheckAsync: (api, client) => CheckSwitchAsync(api.Counter, client, audit, audited),
                BeforeRound: path => audit.Off = path == unaudited,
                Summary: "`audited`: `POST /api/v1/accounts` + `POST /api/v1/sessions` as in production; `unaudited`: the same requests with the "
                         + "bench's no-op `IAuditTrail` (no entry, everything else alike). The sequencer does not run. The order of the two "
                         + "rotates from round to round.",
                Rotate: true,
                MeasureCpu: true),
            options,
            report);
    }

    /// <summary>The premise: a pair inserts into <c>audit_entries</c> with the switch on, and not with it off.</summary>
    private static async Task CheckSwitchAsync(SqlCounter counter, HttpClient client, AuditSwitch audit, BenchPath path)
    {
        foreach (var off in new[] { false, true })
        {
            audit.Off = off;
            var before = counter.Snapshot();
            await path.RunAsync(client, Identity.Next());
            var inserts = counter.Since(before).Where(s => s.Key.Contains("INSERT audit_entries", StringComparison.Ordinal)).Sum(s => s.Value.Count);
            if ((inserts > 0) == off)
            {
                throw new InvalidOperationException($"With auditing {(off ? "off" : "on")} a register + login sent {inserts} audit inserts.");
            }
        }

        audit.Off = false;
    }
}
