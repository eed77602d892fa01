using System.Globalization;
using System.Text;

namespace Pixyer.Load;

/// <summary>
/// Scenario <c>load</c>: the mixed load of <see cref="Traffic"/> from <see cref="LoadOptions.Clients"/> clients for
/// <see cref="LoadOptions.Duration"/>, against one node and against two (round-robin); then waits for the queues to
/// drain and reconciles the database with the commands accepted.
/// </summary>
internal static class LoadScenario
{
    public const string Name = "load";

    public static async Task<bool> RunAsync(Run run, int nodes, StringBuilder report)
    {
        var options = run.Options;
        await using var cluster = await run.StartClusterAsync(nodes);
        var accounts = await Accounts.SignUpAsync(cluster, options.Clients);
        Console.WriteLine($"load, {nodes} node(s): {accounts.Count} accounts ready; {options.Duration.TotalSeconds} s of load ...");
        var traffic = new Traffic(cluster, accounts);
        var ids = accounts.Select(a => a.Id).ToArray();
        await traffic.RunAsync(options.Duration);
        var drained = await run.Ledger.DrainAsync(ids, options.DrainTimeout);
        var share = await WorkShare.DescribeAsync(run.Ledger, ids);
        var reconciliation = await new Reconciliation(run.Ledger, ids).CheckAsync(traffic.Sent);

        report.AppendLine(CultureInfo.InvariantCulture, $"## load: {options.Clients} clients, {options.Duration.TotalSeconds} s, {nodes} node(s)")
            .AppendLine();
        Latencies.WriteTo(report, traffic.Samples, options.Duration);
        report.AppendLine(CultureInfo.InvariantCulture, $"Load average at the end of the load: {Run.LoadAverage()}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Accepted: {traffic.Sent.Uploads} uploads, {traffic.Sent.Generations} generations ({traffic.Sent.Formats} formats), {traffic.Sent.Exports} exports, {traffic.Sent.ConsentChanges} consent changes.")
            .AppendLine()
            .AppendLine(drained is { } d
                ? FormattableString.Invariant($"Queues drained {d.TotalSeconds:0.0} s after the load ended (generations, exports, mails).")
                : FormattableString.Invariant($"**Queues not drained within {options.DrainTimeout.TotalSeconds} s**; the counts below are what was done by then."))
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Generation jobs by the node that did them (claimed_by): {share}.")
            .AppendLine();
        reconciliation.WriteTo(report);
        return drained is not null && reconciliation.AllMatch && traffic.Samples.All(s => s.Status is > 0 and < 500);
    }
}
