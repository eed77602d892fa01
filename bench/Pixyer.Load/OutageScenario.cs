using System.Globalization;
using System.Text;

namespace Pixyer.Load;

/// <summary>
/// Scenario <c>db-outage</c>: two nodes under the mixed load of eight clients; PostgreSQL is stopped (immediate shutdown,
/// as a crash) for <see cref="LoadOptions.Outage"/> and started again. Requests during the outage must answer 503 with
/// Retry-After, never 500; the load goes on for 20 s after the restart; afterwards every accepted command completes, once.
/// </summary>
internal static class OutageScenario
{
    public const string Name = "db-outage";

    private const int Clients = 8;
    private static readonly TimeSpan Before = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan After = TimeSpan.FromSeconds(20);

    public static async Task<bool> RunAsync(Run run, StringBuilder report)
    {
        await using var cluster = await run.StartClusterAsync(2);
        var accounts = await Accounts.SignUpAsync(cluster, Clients);
        var ids = accounts.Select(a => a.Id).ToArray();
        Console.WriteLine($"{Name}: {accounts.Count} accounts ready; stopping PostgreSQL after {Before.TotalSeconds} s of load ...");
        var traffic = new Traffic(cluster, accounts);
        var load = traffic.RunAsync(TimeSpan.MaxValue);
        await Task.Delay(Before);
        var stoppedAt = traffic.Now;
        await run.Postgres.StopAsync();
        await Task.Delay(run.Options.Outage);
        await run.Postgres.StartAgainAsync();
        var startedAt = traffic.Now;
        await Task.Delay(After);
        traffic.Stop();
        await load;
        var duration = traffic.Now;

        var during = traffic.Samples.Where(s => s.At >= stoppedAt && s.At < startedAt).ToList();
        var firstSuccess = traffic.Samples.Where(s => s.At >= startedAt && s.Status is >= 200 and < 300).Select(s => s.At).DefaultIfEmpty().Min();
        var drained = await run.Ledger.DrainAsync(ids, run.Options.DrainTimeout);
        var reconciliation = await new Reconciliation(run.Ledger, ids).CheckAsync(traffic.Sent);
        reconciliation.Add("requests during the outage answered 500", 0, during.Count(s => s.Status == 500));
        reconciliation.Add("503 answers without Retry-After", 0, during.Count(s => s.Status == 503 && !s.RetryAfter));
        reconciliation.Add("nodes still running after the outage", cluster.Nodes.Count, cluster.Nodes.Count(n => n.IsRunning));

        report.AppendLine(CultureInfo.InvariantCulture, $"## {Name}: PostgreSQL stopped for {run.Options.Outage.TotalSeconds} s under load ({Clients} clients, 2 nodes)")
            .AppendLine();
        Latencies.WriteTo(report, traffic.Samples, duration);
        var statuses = string.Join(", ", during.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "no answer" : g.Key.ToString(CultureInfo.InvariantCulture))} ×{g.Count()}"));
        report.AppendLine(CultureInfo.InvariantCulture, $"Stopped (pg_ctl stop -m immediate) at {stoppedAt.TotalSeconds:0.0} s, started again after {run.Options.Outage.TotalSeconds} s (pg_ctl start -w returned at {startedAt.TotalSeconds:0.0} s); the load ran on until {duration.TotalSeconds:0.0} s. Answers during the outage: {statuses}.")
            .AppendLine()
            .AppendLine(firstSuccess > TimeSpan.Zero
                ? FormattableString.Invariant($"**Recovery time: {(firstSuccess - startedAt).TotalSeconds:0.0} s** from PostgreSQL's restart to the first successful request (sent at {firstSuccess.TotalSeconds:0.0} s).")
                : "**No request succeeded after the restart.**")
            .AppendLine()
            .AppendLine(drained is { } d
                ? FormattableString.Invariant($"Queues drained {d.TotalSeconds:0.0} s after the load ended.")
                : "**Queues did not drain.**")
            .AppendLine();
        reconciliation.WriteTo(report);
        return drained is not null && reconciliation.AllMatch;
    }
}
