using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Load;

/// <summary>
/// Scenarios <c>kill-generation</c>, <c>kill-export</c>, <c>kill-erasure</c>: two nodes; work is queued; once an item is
/// in hand (a generation with some formats rendered, an export running, an erasure running) the node doing it is killed
/// with SIGKILL; the other node has <see cref="LoadOptions.FailoverWait"/> to complete the item, then the killed one is started
/// again. Reports which node was killed, the recovery time (kill to that item done),
/// and reconciles: everything completed, nothing twice.
/// </summary>
internal static class FaultScenarios
{
    public static readonly string[] Names = ["kill-generation", "kill-export", "kill-erasure"];

    private static readonly TimeSpan CatchTimeout = TimeSpan.FromMinutes(3);

    public static async Task<bool> RunAsync(string name, Run run, StringBuilder report)
    {
        var fault = name switch
        {
            "kill-generation" => Generation,
            "kill-export" => Export,
            _ => Erasure,
        };
        await using var cluster = await run.StartClusterAsync(2);
        var accounts = await Accounts.SignUpAsync(cluster, fault.Accounts);
        var ids = accounts.Select(a => a.Id).ToArray();
        Console.WriteLine($"{name}: {accounts.Count} accounts ready; queueing the work ...");
        await fault.QueueAsync(cluster, accounts, run.Ledger);

        // Catch an item in hand and the node working on it.
        var clock = Stopwatch.StartNew();
        string? item = null;
        ApiNode? victim = null;
        while (victim is null && clock.Elapsed < CatchTimeout)
        {
            var inHand = await run.Ledger.TextAsync(fault.Items.InHandSql, ids);
            if (inHand is not null)
            {
                var parts = inHand.Split('|');
                item = parts[0];
                victim = cluster.ClaimedBy(parts.ElementAtOrDefault(1));
            }

            if (victim is null)
            {
                await Task.Delay(20);
            }
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"## {name}: {fault.Description}").AppendLine();
        if (victim is null || item is null)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"**No item was caught in hand within {CatchTimeout.TotalSeconds} s**: nothing was killed.").AppendLine();
            return false;
        }

        // The other node is given the chance to resume the item first; the killed one is restarted once it has, or after FailoverWait.
        var killedAt = Stopwatch.StartNew();
        await victim.KillAsync();
        var itemId = Guid.Parse(item);
        var failedOver = await run.Ledger.WaitAsync(fault.Items.DoneSql, [itemId], run.Options.FailoverWait) is not null;
        TimeSpan? recovery = failedOver ? killedAt.Elapsed : null;
        var restartedAt = killedAt.Elapsed;
        await victim.StartAsync();
        var restart = killedAt.Elapsed - restartedAt;
        if (!failedOver)
        {
            var done = await run.Ledger.WaitAsync(fault.Items.DoneSql, [itemId], run.Options.DrainTimeout) is not null;
            recovery = done ? killedAt.Elapsed : null;
        }

        var completedBy = await run.Ledger.TextAsync(fault.Items.DoneBySql, [itemId]);

        var drained = await run.Ledger.DrainAsync(ids, run.Options.DrainTimeout);
        var attempts = await run.Ledger.TextAsync(fault.Items.StateSql, [itemId]);
        var reconciliation = new Reconciliation(run.Ledger, ids);
        await fault.CheckAsync(reconciliation);
        await reconciliation.DuplicatesAsync();

        report.AppendLine(CultureInfo.InvariantCulture, $"Killed {victim.Name} (SIGKILL) while it held {fault.Items.Name} {item}.")
            .AppendLine()
            .AppendLine(recovery is not { } r
                ? FormattableString.Invariant($"**The {fault.Items.Name} did not complete** ({attempts}).")
                : failedOver
                    ? FormattableString.Invariant($"**Recovery time: {r.TotalSeconds:0.0} s** from the kill to that {fault.Items.Name} completed ({attempts}), with {victim.Name} still down; {CompletedBy(fault, completedBy)}. {victim.Name} was restarted afterwards ({restart.TotalSeconds:0.0} s until it answered).")
                    : FormattableString.Invariant($"**Recovery time: {r.TotalSeconds:0.0} s** from the kill to that {fault.Items.Name} completed ({attempts}): the other node had not completed it within {run.Options.FailoverWait.TotalSeconds} s, so {victim.Name} was restarted at {restartedAt.TotalSeconds:0.0} s ({restart.TotalSeconds:0.0} s until it answered); {CompletedBy(fault, completedBy)}."))
            .AppendLine()
            .AppendLine(drained is null ? "**The rest of the queued work did not drain.**" : "All queued work drained.")
            .AppendLine();
        reconciliation.WriteTo(report);
        return recovery is not null && drained is not null && reconciliation.AllMatch;
    }

    private static readonly WorkItems GenerationJobs = new(
        "generation job", "generation_jobs",
        "SELECT id::text || '|' || claimed_by FROM generation_jobs WHERE owner_id = ANY(@ids) AND status = 'Running' AND progress > 0 AND progress < 100 LIMIT 1",
        "status IN ('Succeeded', 'Failed')", "claimed_by");

    private static readonly WorkItems DataExports = new(
        "export", "data_exports",
        "SELECT id::text || '|' || claimed_by FROM data_exports WHERE subject_id = ANY(@ids) AND status = 'Running' LIMIT 1",
        "status IN ('Ready', 'Failed')", "claimed_by");

    /// <summary>
    /// An erasure step holds its request's row with <c>FOR UPDATE</c> and no lease: the row's <c>xmax</c> is then the
    /// step's transaction, whose own lock in <c>pg_locks</c> names the backend, and the backend's application name the node.
    /// </summary>
    private static readonly WorkItems DeletionRequests = new(
        "deletion request", "deletion_requests",
        """
        SELECT d.id::text || '|' || a.application_name
        FROM deletion_requests d
        JOIN pg_locks l ON l.locktype = 'transactionid' AND l.transactionid = d.xmax AND l.mode = 'ExclusiveLock' AND l.granted
        JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE d.subject_id = ANY(@ids) AND d.status IN ('Received', 'Erased')
        LIMIT 1
        """,
        "status = 'Completed'", "handled_by", Attempts: false);

    /// <summary>Eight generations of all three formats for two accounts; killed once a job has some formats rendered, not all.</summary>
    private static readonly Fault Generation = new("a node killed mid-generation", 2, GenerationJobs, QueueGenerationsAsync, CheckGenerationsAsync);

    /// <summary>Three accounts with six large uploads each ask for their export; killed while one is running.</summary>
    private static readonly Fault Export = new("a node killed mid-export", 3, DataExports, QueueExportsAsync, CheckExportsAsync);

    /// <summary>Three accounts with uploads and a rendered visual each delete themselves; killed while a node's erasure step holds one.</summary>
    private static readonly Fault Erasure = new("a node killed mid-erasure", 3, DeletionRequests, QueueErasuresAsync, CheckErasuresAsync);

    private static async Task QueueGenerationsAsync(Cluster cluster, List<LoadAccount> accounts, Ledger _)
    {
        foreach (var account in accounts)
        {
            var upload = (await UploadsAsync(cluster, account, TestImages.Png(800, 600), 1))[0];
            for (var i = 0; i < 4; i++)
            {
                await Http.ExpectAsync(
                    cluster.Next().Client, HttpMethod.Post, "/api/v1/generations",
                    JsonContent.Create(new { uploadId = upload, template = "studio", formats = new[] { "square", "story", "banner" } }), HttpStatusCode.Accepted, account.Token);
            }
        }
    }

    private static Task CheckGenerationsAsync(Reconciliation r) => r.AddAllAsync(
        ("generation jobs succeeded", 8, "SELECT count(*) FROM generation_jobs WHERE owner_id = ANY(@ids) AND status = 'Succeeded'"),
        ("assets rendered = formats requested", 24, "SELECT count(*) FROM assets WHERE owner_id = ANY(@ids)"),
        Reconciliation.Audited("RequestGenerationCommand", 8));

    private static async Task QueueExportsAsync(Cluster cluster, List<LoadAccount> accounts, Ledger _)
    {
        // Large photos, so that building an archive takes long enough to be caught in hand.
        foreach (var account in accounts)
        {
            await UploadsAsync(cluster, account, TestImages.Png(1600, 1200), 6);
        }

        foreach (var account in accounts)
        {
            await Http.ExpectAsync(cluster.Next().Client, HttpMethod.Post, "/api/v1/me/exports", null, HttpStatusCode.Accepted, account.Token);
        }
    }

    private static Task CheckExportsAsync(Reconciliation r) => r.AddAllAsync(
        ("exports ready", 3, "SELECT count(*) FROM data_exports WHERE subject_id = ANY(@ids) AND status = 'Ready'"),
        ("mails queued (verification + export ready)", 6, "SELECT count(*) FROM outbox_messages WHERE subject_id = ANY(@ids)"),
        ("mails not sent", 0, "SELECT count(*) FROM outbox_messages WHERE subject_id = ANY(@ids) AND status <> 'Sent'"),
        Reconciliation.Audited("RequestExportCommand", 3));

    private static async Task QueueErasuresAsync(Cluster cluster, List<LoadAccount> accounts, Ledger ledger)
    {
        var photo = TestImages.Png(1200, 900);
        foreach (var account in accounts)
        {
            var upload = (await UploadsAsync(cluster, account, photo, 3))[^1];
            await Http.ExpectAsync(
                cluster.Next().Client, HttpMethod.Post, "/api/v1/generations",
                JsonContent.Create(new { uploadId = upload, template = "gradient", formats = new[] { "square" } }), HttpStatusCode.Accepted, account.Token);
        }

        _ = await ledger.DrainAsync([.. accounts.Select(a => a.Id)], TimeSpan.FromMinutes(5));
        foreach (var account in accounts)
        {
            await Http.ExpectAsync(
                cluster.Next().Client, HttpMethod.Post, "/api/v1/me/deletion-request", JsonContent.Create(new { password = LoadAccount.Password }), HttpStatusCode.Accepted, account.Token);
        }
    }

    private static Task CheckErasuresAsync(Reconciliation r) => r.AddAllAsync(
        ("deletion requests completed (certified)", 3, "SELECT count(*) FROM deletion_requests WHERE subject_id = ANY(@ids) AND status = 'Completed'"),
        ("erasure ledger entries (one per subject)", 3, "SELECT count(*) FROM erasure_ledger WHERE subject_id = ANY(@ids)"),
        ("uploads left", 0, "SELECT count(*) FROM uploads WHERE owner_id = ANY(@ids)"),
        ("assets left", 0, "SELECT count(*) FROM assets WHERE owner_id = ANY(@ids)"),
        Reconciliation.Audited("RequestMyDeletionCommand", 3));

    private static string CompletedBy(Fault fault, string? node) =>
        FormattableString.Invariant($"its {fault.Items.DoneBy} names {(string.IsNullOrEmpty(node) ? "no node" : node)} as the node that finished it")
        + (fault.Items.Attempts ? "" : " (the last step)");

    /// <summary>Uploads <paramref name="png"/> <paramref name="count"/> times as <paramref name="account"/>; the uploads' ids.</summary>
    private static async Task<List<Guid>> UploadsAsync(Cluster cluster, LoadAccount account, byte[] png, int count)
    {
        var ids = new List<Guid>();
        while (ids.Count < count)
        {
            ids.Add(Http.IdOf(await Http.ExpectAsync(cluster.Next().Client, HttpMethod.Post, "/api/v1/uploads", Http.Upload(png), HttpStatusCode.Created, account.Token)));
        }

        return ids;
    }

    /// <summary>A fault scenario.</summary>
    private sealed record Fault(
        string Description,
        int Accounts,
        WorkItems Items,
        Func<Cluster, List<LoadAccount>, Ledger, Task> QueueAsync,
        Func<Reconciliation, Task> CheckAsync);

    /// <summary>
    /// The rows a fault's work items are: the table, a query answering one item in hand of the accounts as its id and,
    /// after a <c>|</c>, the node holding it; the condition of an item done, the column naming the node that did it, and
    /// whether the row counts its claims.
    /// </summary>
    private sealed record WorkItems(string Name, string Table, string InHandSql, string Done, string DoneBy, bool Attempts = true)
    {
        public string DoneSql => $"SELECT count(*) FROM {Table} WHERE id = ANY(@ids) AND {Done}";

        public string DoneBySql => $"SELECT {DoneBy} FROM {Table} WHERE id = ANY(@ids)";

        public string StateSql => $"SELECT 'status ' || status{(Attempts ? " || ', claimed ' || attempts || ' times'" : "")} FROM {Table} WHERE id = ANY(@ids)";
    }
}
