using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Pixyer.Application.Features.Retention.AnonymizeExpiredAccounts;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Jobs;
using Pixyer.Infrastructure.Persistence;
using static System.FormattableString;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>anonymize</c>: retention anonymization (obligation R2) of many expired accounts. The accounts are
/// seeded in SQL (one <c>INSERT ... SELECT generate_series</c> per table), with sessions, consent events and
/// access-log rows for some of them; then the real batch loop runs (<see cref="ExpiredAccountsAnonymizer"/>: one
/// <see cref="AnonymizeExpiredAccountsCommand"/> per batch through the mediator pipeline, every personal-data source,
/// the erasure ledger, the audit entry, one transaction each). The same rows are then seeded again and one
/// hand-written <c>UPDATE accounts ...</c> of the same expiry condition empties the rows as the account source does:
/// the floor that any anonymization of those rows costs.
/// </summary>
internal static class AnonymizeBench
{
    public const string Scenario = "anonymize";

    private const double Mega = 1_000_000;
    private const int WarmupAccounts = 200_000;
    private static string Workers(int workers) => workers == 1 ? "one worker" : $"{workers.ToString(Inv)} workers at once";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>What the account source's erasure does to each row (AccountPersonalData), as one statement for all of them.</summary>
    private const string HandWrittenUpdate = """
        UPDATE accounts SET
            status = 'Erased', username = '', normalized_username = '', email = '', normalized_email = '', pending_email = NULL,
            email_verified_at = NULL, password_hash = '', date_of_birth = DATE '0001-01-01', roles = 1, last_active_at = created_at,
            inactivity_warned_at = NULL, retention_clock_started_at = NULL
        WHERE retention_clock_started_at <= @cutoff AND status <> 'Erased'
        """;

    /// <summary>The seeded related rows of the same accounts, deleted by hand before the UPDATE (it clears the expiry).</summary>
    private const string HandWrittenRelatedDeletes = """
        DELETE FROM sessions AS s USING accounts AS a WHERE s.account_id = a.id AND a.retention_clock_started_at <= @cutoff AND a.status <> 'Erased';
        DELETE FROM consent_events AS c USING accounts AS a WHERE c.subject_id = a.id AND a.retention_clock_started_at <= @cutoff AND a.status <> 'Erased';
        DELETE FROM access_log AS l USING accounts AS a WHERE l.subject_id = a.id AND a.retention_clock_started_at <= @cutoff AND a.status <> 'Erased';
        """;

    public static async Task RunAsync(BenchOptions options, StringBuilder report)
    {
        var accounts = options.AccountsFor(Scenario);
        Console.WriteLine($"\n== Scenario {Scenario}: starting the API in process ...");
        var counter = new SqlCounter();
        await using var api = new BenchApi(counter, fastHasher: true, services => services.Configure<Pixyer.Infrastructure.InfrastructureOptions>(o =>
        {
            o.Jobs.AnonymizationBatchSize = options.BatchSize ?? AnonymizeExpiredAccountsCommand.DefaultBatchSize;
            o.Jobs.AnonymizationWorkers ??= options.AnonymizationWorkers;
        }));
        var workers = api.Services.GetRequiredService<IOptions<Pixyer.Infrastructure.InfrastructureOptions>>().Value.Jobs.AnonymizationWorkers!.Value;
        api.EnsurePostgreSql();
        var batchSize = options.BatchSize ?? AnonymizeExpiredAccountsCommand.DefaultBatchSize;
        var connectionString = ConnectionString(api.Services);
        var loadBefore = Report.LoadAverage();

        var anonymizer = api.Services.GetRequiredService<ExpiredAccountsAnonymizer>();
        var warmup = options.Warmup > TimeSpan.Zero ? Math.Min(accounts, WarmupAccounts) : 0;
        if (warmup > 0)
        {
            // A node runs this job daily for months: its code is compiled and tiered by then. A cold process spends
            // seconds of the measured loop in the JIT (dotnet-counters: ~8 s of compilation across a 1,000,000 loop).
            Console.WriteLine($"   warm-up: anonymizing {warmup.ToString("N0", Inv)} accounts, unmeasured ...");
            await SeedAsync(connectionString, warmup, options.RelatedRows);
            await anonymizer.RunAsync(CancellationToken.None);
        }

        Console.WriteLine($"   seeding {accounts.ToString("N0", Inv)} expired accounts ...");
        var seeded = await SeedAsync(connectionString, accounts, options.RelatedRows);
        Console.WriteLine($"   seeded in {seeded.Seconds.ToString("0.0", Inv)} s; anonymizing in batches of {batchSize.ToString("N0", Inv)} ...");
        var sqlBefore = counter.Snapshot();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var (anonymized, commandSeconds, peakHeap) = await MeasureAsync(heapBefore, () => anonymizer.RunAsync(CancellationToken.None));
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var sql = counter.Since(sqlBefore);
        using var process = Process.GetCurrentProcess();
        var peakWorkingSet = process.PeakWorkingSet64;
        var left = await ScalarAsync(connectionString, "SELECT count(*) FROM accounts WHERE status <> 'Erased'");
        Console.WriteLine($"   {anonymized.ToString("N0", Inv)} anonymized in {commandSeconds.ToString("0.0", Inv)} s, {left.ToString(Inv)} accounts left; seeding again ...");

        await SeedAsync(connectionString, accounts, options.RelatedRows);
        var relatedSeconds = 0.0;
        if (options.RelatedRows)
        {
            Console.WriteLine("   hand-written DELETEs of the related rows ...");
            var deleting = Stopwatch.GetTimestamp();
            await ExecuteAsync(connectionString, HandWrittenRelatedDeletes, Cutoff());
            relatedSeconds = Stopwatch.GetElapsedTime(deleting).TotalSeconds;
        }

        Console.WriteLine("   one hand-written UPDATE ...");
        var started = Stopwatch.GetTimestamp();
        var updated = await ExecuteAsync(connectionString, HandWrittenUpdate, Cutoff());
        var updateSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine($"   {updated.ToString("N0", Inv)} rows updated in {updateSeconds.ToString("0.0", Inv)} s");
        if (anonymized != accounts || left != 0 || updated != accounts)
        {
            throw new InvalidOperationException($"Expected {accounts} accounts anonymized and updated: {anonymized} anonymized, {left} left, {updated} updated.");
        }

        report.AppendLine()
            .AppendLine(Inv, $"### Scenario `{Scenario}`: {accounts.ToString("N0", Inv)} expired accounts, batches of {batchSize.ToString("N0", Inv)}, {Workers(workers)}")
            .AppendLine()
            .AppendLine(Inv, $"Seeded in SQL ({seeded.Seconds.ToString("0.0", Inv)} s, then VACUUM ANALYZE): every account inactive for 25 months; {seeded.Sessions.ToString("N0", Inv)} sessions, ")
            .AppendLine(Inv, $"{seeded.Consents.ToString("N0", Inv)} consent events and {seeded.AccessLog.ToString("N0", Inv)} access-log rows spread over a tenth to a fifth of them. `command loop`: the ")
            .AppendLine("real job's loop (one command per batch through the mediator pipeline: selection without held or pending-deletion subjects, every ")
            .AppendLine("personal-data source's set-based erase, the erasure ledger, the audit entry, one transaction; the file store's folders after commit; ")
            .AppendLine("then one physical reclaim of the erased tables, a VACUUM). ")
            .AppendLine("`one UPDATE`: the same rows seeded again, one statement emptying the account rows as the account source does, under the same expiry condition ")
            .AppendLine("(the other tables' rows left alone). ")
            .AppendLine(Inv, $"Before both, unmeasured: {(warmup > 0 ? $"the job's loop over {warmup.ToString("N0", Inv)} accounts seeded the same way, so that the process is warm as a node's is" : "nothing (--warmup 0), a cold process")}. ")
            .AppendLine(Inv, $"Load average before/after: {loadBefore} / {Report.LoadAverage()}.")
            .AppendLine()
            .AppendLine("| path | accounts | s | accounts/s | vs one UPDATE |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: |")
            .AppendLine(Inv, $"| command loop | {anonymized.ToString("N0", Inv)} | {commandSeconds.ToString("0.0", Inv)} | {(anonymized / commandSeconds).ToString("N0", Inv)} | {(commandSeconds / updateSeconds).ToString("0.00", Inv)}× |")
            .AppendLine(Inv, $"| one UPDATE | {updated.ToString("N0", Inv)} | {updateSeconds.ToString("0.0", Inv)} | {(updated / updateSeconds).ToString("N0", Inv)} | 1.00× |")
            .AppendLine()
            .AppendLine(options.RelatedRows
                ? Invariant($"The related rows are work the UPDATE does not do: deleted by hand first (three `DELETE ... USING accounts`, {relatedSeconds:0.0} s), a hand-written erase of all the seeded rows takes {relatedSeconds + updateSeconds:0.0} s, and the loop {commandSeconds / (relatedSeconds + updateSeconds):0.00}× that.")
                : "No related rows: the UPDATE's rows are all the loop erases.")
            .AppendLine()
            .AppendLine(Inv, $"Process memory: peak working set {(peakWorkingSet / Mega).ToString("0", Inv)} MB (the whole process, since start); managed heap ")
            .AppendLine(Inv, $"{(heapBefore / Mega).ToString("0.0", Inv)} MB before the loop, at most +{(peakHeap / Mega).ToString("0.0", Inv)} MB during it (sampled every 5 ms, server GC), ")
            .AppendLine(Inv, $"{(GC.GetTotalMemory(false) / Mega).ToString("0.0", Inv)} MB after; {(allocated / Mega).ToString("0", Inv)} MB allocated in all by the loop.")
            .AppendLine()
            .AppendLine(Inv, $"Where the command loop's time went (EF Core's wait per statement kind, the slowest first; all SQL {sql.Values.Sum(s => s.Time.TotalSeconds).ToString("0.0", Inv)} s):")
            .AppendLine()
            .AppendLine("| statement | count | s |")
            .AppendLine("| --- | ---: | ---: |");
        foreach (var (kind, (count, time)) in sql.Where(s => s.Value.Count > 0).OrderByDescending(s => s.Value.Time))
        {
            report.AppendLine(Inv, $"| {kind} | {count.ToString(Inv)} | {time.TotalSeconds.ToString("0.00", Inv)} |");
        }
    }

    internal sealed record Seeded(double Seconds, long Sessions, long Consents, long AccessLog);

    internal static DateTimeOffset Cutoff() => DateTimeOffset.UtcNow.AddMonths(-Account.RetentionMonths);

    /// <summary>Empties the tables, then inserts the same rows every time (ids derived from the row number).</summary>
    internal static async Task<Seeded> SeedAsync(string connectionString, int accounts, bool relatedRows)
    {
        var started = Stopwatch.GetTimestamp();
        var expiredAt = DateTimeOffset.UtcNow.AddMonths(-Account.RetentionMonths - 1);
        await ExecuteAsync(connectionString, "TRUNCATE accounts, sessions, consent_events, access_log, erasure_ledger CASCADE");
        await ExecuteAsync(
            connectionString,
            """
            INSERT INTO accounts (id, username, normalized_username, email, normalized_email, email_verified_at, password_hash,
                date_of_birth, accepted_policy_version, roles, status, created_at, last_active_at, inactivity_warned_at, retention_clock_started_at)
            SELECT md5('bench-' || n)::uuid, 'Bench' || n, 'bench' || n, 'Bench' || n || '@example.com', 'bench' || n || '@example.com', @at,
                'hash', DATE '1980-01-01', '2024-08-14', 1, 'Inactive', @at - interval '200 days', @at - interval '180 days', @at - interval '14 days', @at
            FROM generate_series(1, @accounts) AS n
            """,
            expiredAt,
            accounts);
        if (!relatedRows)
        {
            await ExecuteAsync(connectionString, "VACUUM ANALYZE");
            return new Seeded(Stopwatch.GetElapsedTime(started).TotalSeconds, 0, 0, 0);
        }

        var sessions = await ExecuteAsync(
            connectionString,
            """
            INSERT INTO sessions (id, account_id, token_hash, csrf_token_hash, device, created_at, last_seen_at, absolute_expires_at)
            SELECT md5('session-' || n)::uuid, md5('bench-' || n)::uuid, md5('token-' || n), md5('csrf-' || n), 'Firefox on Linux', @at, @at, @at + interval '30 days'
            FROM generate_series(1, @accounts, 10) AS n
            """,
            expiredAt - TimeSpan.FromDays(200),
            accounts);
        var consents = await ExecuteAsync(
            connectionString,
            """
            INSERT INTO consent_events (subject_id, purpose, granted, policy_version, channel, occurred_at, client_network)
            SELECT md5('bench-' || n)::uuid, purpose, true, '2024-08-14', 'settings', @at, '192.0.2.0/24'
            FROM generate_series(1, @accounts, 5) AS n, (VALUES ('marketing'), ('analytics')) AS p(purpose)
            """,
            expiredAt - TimeSpan.FromDays(200),
            accounts);
        var accessLog = await ExecuteAsync(
            connectionString,
            """
            INSERT INTO access_log (id, subject_id, occurred_at, method, route_template, ip_address, ip_truncated, device_type, browser, operating_system, country, status_code)
            SELECT md5('access-' || n || '-' || k)::uuid, md5('bench-' || n)::uuid, @at, 'GET', '/api/v1/me', '192.0.2.0', true, 'desktop', 'Firefox', 'Linux', 'DE', 200
            FROM generate_series(1, @accounts, 10) AS n, generate_series(1, 3) AS k
            """,
            expiredAt - TimeSpan.FromDays(200),
            accounts);
        await ExecuteAsync(connectionString, "VACUUM ANALYZE");
        return new Seeded(Stopwatch.GetElapsedTime(started).TotalSeconds, sessions, consents, accessLog);
    }

    private static async Task<int> ExecuteAsync(string connectionString, string sql, DateTimeOffset? at = null, int? accounts = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        if (at is { } time)
        {
            command.Parameters.AddWithValue(sql.Contains("@cutoff", StringComparison.Ordinal) ? "cutoff" : "at", time);
        }

        if (accounts is { } count)
        {
            command.Parameters.AddWithValue("accounts", count);
        }

        return await command.ExecuteNonQueryAsync();
    }

    internal static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    internal static string ConnectionString(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PixyerDbContext>().Database.GetConnectionString()!;
    }

    private static async Task<(int Result, double Seconds, long PeakHeap)> MeasureAsync(long heapBefore, Func<Task<int>> work)
    {
        long peakHeap = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false) - heapBefore);
                await Task.Delay(5, CancellationToken.None);
            }
        });
        var started = Stopwatch.GetTimestamp();
        var result = await work();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        return (result, seconds, peakHeap);
    }
}
