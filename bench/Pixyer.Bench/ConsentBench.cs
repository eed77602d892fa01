using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>consent</c>: what the consent behavior costs. (1) One <see cref="ConsentLedger.IsGrantedAsync"/>,
/// timed alone, against a ledger of realistic size, and the same answer from a bench-only cache; (2) POST
/// /api/v1/me/model-feedback (needs the model_improvement consent) through the whole API with the check as in
/// production, with the check short-circuited, and with the cached check, interleaved round by round; (3) the
/// same three alternating request by request, for the latency difference. Also shows what the cache does to a
/// withdrawal. See bench/README.md.
/// </summary>
internal static class ConsentBench
{
    public const string Scenario = "consent";

    private const string Feedback = "/api/v1/me/model-feedback";
    private const string ModelImprovement = "/api/v1/me/consents/model_improvement";
    private const string CheckKind = "SELECT consent_events";

    /// <summary>The ledger's other subjects and events per subject: 5,000 × 20 = 100,000 events.</summary>
    private const int OtherSubjects = 5_000;

    private const int EventsPerSubject = 20;

    private const string LedgerCheck = "ledger";
    private const string CachedCheck = "cached";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly object FeedbackBody = new { rating = 4, comment = "Close to what I asked for; the colours were off." };

    /// <summary>The end-to-end paths: the same request, the consent behavior's slot filled three ways.</summary>
    private static readonly (string Name, ConsentCheck Check)[] Paths =
        [("consent", ConsentCheck.Ledger), ("no-check", ConsentCheck.None), ("cached", ConsentCheck.Cached)];

    public static async Task RunAsync(BenchOptions options, StringBuilder report)
    {
        var window = options.WindowFor(Scenario);
        var checkWindow = window / 4;
        var rounds = options.RoundsFor(Scenario);
        Console.WriteLine($"\n== Scenario {Scenario}: starting the API in process ...");
        var counter = new SqlCounter();

        // Passwords are hashed only to set up the accounts (the measured requests carry a bearer token), so the
        // cheap hasher just keeps the setup short.
        await using var api = new BenchApi(counter, fastHasher: true, ConsentCheckVariants.AddTo);
        var clients = new List<HttpClient>();
        HttpClient NewClient(string? token, ConsentCheck check)
        {
            var client = api.NewClient();
            if (token is not null)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            client.DefaultRequestHeaders.Add(ConsentCheckMode.Header, check.ToString());
            clients.Add(client);
            return client;
        }

        try
        {
            api.EnsurePostgreSql();
            Console.WriteLine("   accounts and ledgers ...");
            var accounts = new List<BenchAccount>();
            for (var i = 0; i <= options.Concurrency.Max(); i++)
            {
                accounts.Add(await BenchHttp.SignUpAsync(NewClient(null, ConsentCheck.Ledger)));
            }

            // One account per caller; the last one is for the withdrawal demonstration.
            var subjects = accounts[..^1];
            var ledger = await SeedLedgersAsync(api, [.. accounts.Select(a => a.Id.Value)]);
            foreach (var subject in subjects)
            {
                // The 20th event of each subject, and its latest for model_improvement: a grant, through the API.
                await BenchHttp.SendAsync(
                    NewClient(subject.Token, ConsentCheck.Ledger), HttpMethod.Put, ModelImprovement, new { granted = true }, HttpStatusCode.OK);
            }

            var withdrawal = await WithdrawAfterCachingAsync(accounts[^1], NewClient);
            var (sql, plan) = await ExplainAsync(api, subjects[0].Id.Value);
            var loadBefore = Report.LoadAverage();

            Console.WriteLine("   one check: ConsentLedger.IsGrantedAsync, and the cached answer");
            var missesBefore = 0L;
            var checks = await Rounds.RunAsync(
                [LedgerCheck, CachedCheck], options.Concurrency, options.Warmup / 2, rounds, checkWindow, counter, "checks",
                (name, concurrency, time) => Load.RunAsync(concurrency, time, worker => CheckAsync(api.Services, subjects[worker].Id, name == CachedCheck)),
                afterWarmUp: () => missesBefore = CachedConsentLedger.Misses,
                rotate: true);
            var cachedMisses = CachedConsentLedger.Misses - missesBefore;
            var efSql = counter.SampleOf(CheckKind) ?? "(not seen)";

            Console.WriteLine($"   end to end: POST {Feedback}");
            var names = Paths.Select(p => p.Name).ToList();
            var paths = Paths.ToDictionary(
                p => p.Name,
                p => new BenchPath(p.Name, $"POST {Feedback}, consent check {p.Check}", (client, _) =>
                    BenchHttp.SendAsync(client, HttpMethod.Post, Feedback, FeedbackBody, HttpStatusCode.Created)));
            var pathClients = Paths.ToDictionary(p => p.Name, p => subjects.Select(s => NewClient(s.Token, p.Check)).ToArray());
            var requests = await Rounds.RunAsync(
                names, options.Concurrency, options.Warmup, rounds, window, counter, "requests",
                (name, concurrency, time) => Load.RunAsync(paths[name], pathClients[name], concurrency, time),
                rotate: true);

            Console.WriteLine("   end to end, paired: each client alternates the three, request by request");
            var paired = await PairedAsync(options.Concurrency, rounds, window, counter, pathClients);

            report.AppendLine()
                .AppendLine(Inv, $"### Scenario `{Scenario}`: the consent check (`ConsentBehavior` → `ConsentLedger.IsGrantedAsync`)")
                .AppendLine()
                .AppendLine(Inv, $"{rounds.ToString(Inv)} rounds of {checkWindow.TotalSeconds.ToString(Inv)} s (one check) and of {window.TotalSeconds.ToString(Inv)} s (end to end, and paired); load average before/after: {loadBefore} / {Report.LoadAverage()}. ")
                .AppendLine(Inv, $"Ledger: {ledger}.")
                .AppendLine();
            WriteChecks(report, options.Concurrency, checks, cachedMisses, efSql, plan, sql);
            WriteEndToEnd(report, names, options.Concurrency, requests, checks);
            WritePaired(report, options.Concurrency, paired, checks);
            report.AppendLine()
                .AppendLine("#### Withdrawal under the cached check")
                .AppendLine()
                .AppendLine(withdrawal);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>
    /// The finest interleaving: each client sends consent, no-check, cached, consent, ... (client i starts at
    /// path i mod 3), so that every moment's background load hits the three alike. Per client count, the mean
    /// latency of each path in each round.
    /// </summary>
    private static async Task<Dictionary<int, List<double[]>>> PairedAsync(
        IReadOnlyList<int> concurrencies, int rounds, TimeSpan window, SqlCounter counter, Dictionary<string, HttpClient[]> pathClients)
    {
        var perRound = concurrencies.ToDictionary(c => c, _ => new List<double[]>());
        var samples = new ConcurrentQueue<(int Path, double Ms)>();
        await Rounds.RunAsync(
            // Warmed up by the path-by-path runs just before.
            ["paired"], concurrencies, TimeSpan.Zero, rounds, window, counter, "requests",
            async (_, concurrency, time) =>
            {
                samples.Clear();
                var sent = new int[concurrency];
                var result = await Load.RunAsync(concurrency, time, async worker =>
                {
                    var path = (sent[worker]++ + worker) % Paths.Length;
                    var started = Stopwatch.GetTimestamp();
                    await BenchHttp.SendAsync(pathClients[Paths[path].Name][worker], HttpMethod.Post, Feedback, FeedbackBody, HttpStatusCode.Created);
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    samples.Enqueue((path, elapsed.TotalMilliseconds));
                    return elapsed;
                });
                if (time > TimeSpan.Zero)
                {
                    perRound[concurrency].Add([.. Enumerable.Range(0, Paths.Length).Select(p => samples.Where(s => s.Path == p).Average(s => s.Ms))]);
                }

                return result;
            });
        return perRound;
    }

    private static void WritePaired(
        StringBuilder report, IReadOnlyList<int> concurrencies, Dictionary<int, List<double[]>> paired, Dictionary<(string, int), Cell> checks)
    {
        report.AppendLine()
            .AppendLine(Inv, $"#### 3. End to end, paired: POST {Feedback}, the three alternating request by request")
            .AppendLine()
            .AppendLine("Each client sends consent, no-check, cached, consent, ... so that every moment's background load hits the three alike;")
            .AppendLine("per round, the mean latency of each; differences per round, then their median (min–max) over the rounds.")
            .AppendLine()
            .AppendLine("| clients | consent mean ms | no-check mean ms | cached mean ms | consent − no-check, median (min–max) µs | share of consent's latency | cached − no-check, median (min–max) µs | one check alone (part 1), mean µs |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var concurrency in concurrencies)
        {
            var rounds = paired[concurrency];
            var check = rounds.Select(r => (r[0] - r[1]) * 1000).Order().ToList();
            var cache = rounds.Select(r => (r[2] - r[1]) * 1000).Order().ToList();
            var consentMean = rounds.Average(r => r[0]);
            var median = Load.Percentile(check, 0.5);
            report.AppendLine(Inv,
                $"| {concurrency.ToString(Inv)} | {consentMean.ToString("0.00", Inv)} | {rounds.Average(r => r[1]).ToString("0.00", Inv)} | {rounds.Average(r => r[2]).ToString("0.00", Inv)} | "
                + $"{median.ToString("0", Inv)} ({check[0].ToString("0", Inv)}–{check[^1].ToString("0", Inv)}) | {(median / 1000 / consentMean * 100).ToString("0.0", Inv)} % | "
                + $"{Load.Percentile(cache, 0.5).ToString("0", Inv)} ({cache[0].ToString("0", Inv)}–{cache[^1].ToString("0", Inv)}) | "
                + $"{Us(checks[(LedgerCheck, concurrency)].SortedLatenciesMs().Average())} |");
        }
    }

    /// <summary>
    /// Through the DbContext's connection, in one statement each: 19 events for each bench account, and (unless
    /// the table already holds them) 20 for each of <see cref="OtherSubjects"/> other subjects, a quarter of them
    /// anonymous cookie-banner visitors. Events are interleaved by subject in id order, as time spreads them.
    /// </summary>
    private static async Task<string> SeedLedgersAsync(BenchApi api, Guid[] accounts)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var existing = (long)(await ScalarAsync(connection, "SELECT count(*) FROM consent_events"))!;
        var others = existing >= OtherSubjects * EventsPerSubject ? 0 : OtherSubjects;
        var started = Stopwatch.GetTimestamp();
        await ExecuteAsync(
            connection,
            """
            INSERT INTO consent_events (subject_id, visitor_id, purpose, granted, policy_version, channel, occurred_at, client_network)
            SELECT CASE WHEN s < @bench THEN (@accounts)[s + 1] WHEN s % 4 = 0 THEN NULL ELSE md5('bench-subject-' || s)::uuid END,
                   CASE WHEN s >= @bench AND s % 4 = 0 THEN md5('bench-visitor-' || s)::uuid END,
                   (ARRAY['MarketingEmail', 'AnalyticsCookies', 'AdvertisingCookies', 'ModelImprovement', 'ThirdPartySharing', 'ContactsImport'])[1 + (e + s) % 6],
                   (e + s) % 3 <> 0,
                   @policy,
                   CASE WHEN s >= @bench AND s % 4 = 0 THEN 'CookieBanner' ELSE 'Settings' END,
                   now() - make_interval(days => @events - e, secs => s),
                   '203.0.113.0'
            FROM generate_series(0, @events * (@bench + @others) - 1) AS g,
                 LATERAL (SELECT g % (@bench + @others) AS s, g / (@bench + @others) AS e) AS x
            WHERE NOT (s < @bench AND e = @events - 1)
            ORDER BY g
            """,
            ("accounts", accounts), ("bench", accounts.Length), ("others", others), ("events", EventsPerSubject),
            ("policy", PolicySeeder.InitialVersion));
        await ExecuteAsync(connection, "ANALYZE consent_events");
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await using var command = Command(
            connection,
            """
            SELECT count(*), count(*) FILTER (WHERE subject_id = ANY(@accounts)), count(*) FILTER (WHERE subject_id IS NULL),
                   pg_size_pretty(pg_table_size('consent_events')), pg_size_pretty(pg_indexes_size('consent_events'))
            FROM consent_events
            """,
            ("accounts", accounts));
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"`consent_events` holds {reader.GetInt64(0).ToString("N0", Inv)} events "
               + $"({reader.GetInt64(1).ToString(Inv)} of the {accounts.Length.ToString(Inv)} bench accounts before their grant, "
               + $"{reader.GetInt64(2).ToString("N0", Inv)} of anonymous visitors), table {reader.GetString(3)}, indexes {reader.GetString(4)}; "
               + $"{(others == 0 ? "the other subjects' events were already there" : $"{(others * EventsPerSubject).ToString("N0", Inv)} events of {others.ToString("N0", Inv)} other subjects inserted")} "
               + $"in {seconds.ToString("0.0", Inv)} s (with ANALYZE); each bench subject then granted model_improvement through the API, "
               + $"its {EventsPerSubject.ToString(Inv)}th event";
    }

    /// <summary>
    /// Why production must not cache: grant, one request under the cached check (caches "granted"), withdraw,
    /// then the same request under each check.
    /// </summary>
    private static async Task<string> WithdrawAfterCachingAsync(BenchAccount account, Func<string?, ConsentCheck, HttpClient> newClient)
    {
        var ledger = newClient(account.Token, ConsentCheck.Ledger);
        var cached = newClient(account.Token, ConsentCheck.Cached);
        var none = newClient(account.Token, ConsentCheck.None);
        await BenchHttp.SendAsync(ledger, HttpMethod.Put, ModelImprovement, new { granted = true }, HttpStatusCode.OK);
        await BenchHttp.SendAsync(cached, HttpMethod.Post, Feedback, FeedbackBody, HttpStatusCode.Created);
        var withdrawn = Stopwatch.GetTimestamp();
        await BenchHttp.SendAsync(ledger, HttpMethod.Put, ModelImprovement, new { granted = false }, HttpStatusCode.OK);
        var afterCached = await StatusAsync(cached);
        var sinceWithdrawal = Stopwatch.GetElapsedTime(withdrawn);
        var afterLedger = await StatusAsync(ledger);
        var afterNone = await StatusAsync(none);
        if (afterLedger != HttpStatusCode.Forbidden || afterNone != HttpStatusCode.Created)
        {
            throw new InvalidOperationException(
                $"After a withdrawal the production check answered {(int)afterLedger} (not 403) or the short-circuited one {(int)afterNone} (not 201).");
        }

        return $"Grant, one POST {Feedback} under the cached check (201, caches \"granted\"), withdraw (PUT "
               + $"`{{\"granted\": false}}`, 200), then the same POST again: the production check answers **{(int)afterLedger}** "
               + $"(consent-required), the cached check answers **{(int)afterCached}** {sinceWithdrawal.TotalMilliseconds.ToString("0", Inv)} ms "
               + $"after the withdrawal{(afterCached == HttpStatusCode.Created ? ": the feedback was stored without consent" : "")}; "
               + $"the short-circuited check answers {(int)afterNone} (the bench's switch works).";
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(Feedback, FeedbackBody);
        return response.StatusCode;
    }

    /// <summary>The plan of the check's query for one bench subject (EF Core's text, re-typed; EF's own is in the report).</summary>
    private static async Task<(string Sql, string Plan)> ExplainAsync(BenchApi api, Guid subject)
    {
        const string sql = """
            SELECT c.granted FROM consent_events AS c
            WHERE c.subject_id = @account AND c.purpose = @purpose
            ORDER BY c.id DESC LIMIT 1
            """;
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        await db.Database.OpenConnectionAsync();
        var lines = new List<string>();
        for (var run = 0; run < 3; run++)
        {
            // The last of three: warm caches, as on every request.
            lines.Clear();
            await using var command = Command(db.Database.GetDbConnection(), "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql, ("account", subject), ("purpose", nameof(ConsentPurpose.ModelImprovement)));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        return (sql, string.Join('\n', lines));
    }

    /// <summary>
    /// One check in a fresh scope, as the consent behavior makes it. In a request the scope's DbContext has already
    /// served the session lookup; here one untimed check stands in for that, and the second is timed.
    /// </summary>
    private static async Task<TimeSpan> CheckAsync(IServiceProvider services, AccountId account, bool cached)
    {
        await using var scope = services.CreateAsyncScope();
        var subject = new ConsentSubject(account, null);
        long started;
        bool granted;
        if (cached)
        {
            var ledger = scope.ServiceProvider.GetRequiredService<CachedConsentLedger>();
            started = Stopwatch.GetTimestamp();
            granted = await ledger.IsGrantedAsync(subject, ConsentPurpose.ModelImprovement, CancellationToken.None);
        }
        else
        {
            var ledger = scope.ServiceProvider.GetRequiredService<ConsentLedger>();
            await ledger.IsGrantedAsync(subject, ConsentPurpose.ModelImprovement, CancellationToken.None);
            started = Stopwatch.GetTimestamp();
            granted = await ledger.IsGrantedAsync(subject, ConsentPurpose.ModelImprovement, CancellationToken.None);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return granted ? elapsed : throw new InvalidOperationException($"The bench account {account.Value} has no model_improvement grant.");
    }

    private static void WriteChecks(
        StringBuilder report, IReadOnlyList<int> concurrencies, Dictionary<(string, int), Cell> checks, long cachedMisses,
        string efSql, string plan, string sql)
    {
        var cachedTotal = concurrencies.Sum(c => checks[(CachedCheck, c)].Finished);
        report.AppendLine("#### 1. One check")
            .AppendLine()
            .AppendLine(Inv, $"`{LedgerCheck}`: `ConsentLedger.IsGrantedAsync(account, ModelImprovement)` resolved in a fresh scope, timed alone, on a DbContext")
            .AppendLine("that has already run one query (as after the session lookup in a request). ")
            .AppendLine(Inv, $"`{CachedCheck}`: the bench-only `CachedConsentLedger` (IMemoryCache per subject and purpose, TTL {CachedConsentLedger.TimeToLive.TotalSeconds.ToString(Inv)} s) in front of it; ")
            .AppendLine(Inv, $"{cachedMisses.ToString(Inv)} misses in {cachedTotal.ToString("N0", Inv)} measured checks ({(100.0 * (cachedTotal - cachedMisses) / cachedTotal).ToString("0.000", Inv)} % hits). ")
            .AppendLine("Each caller checks its own account, checks back to back; the order of the two rotates from round to round.")
            .AppendLine()
            .AppendLine("| check | callers | checks timed | mean µs | p50 µs | p95 µs | p99 µs | its SELECT, EF Core's mean µs (all, untimed ones included) |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var concurrency in concurrencies)
        {
            foreach (var name in new[] { LedgerCheck, CachedCheck })
            {
                var cell = checks[(name, concurrency)];
                var latencies = cell.SortedLatenciesMs();
                var selectUs = name == LedgerCheck && cell.Sql.TryGetValue(CheckKind, out var s) && s.Count > 0
                    ? (s.Time.TotalMicroseconds / s.Count).ToString("0", Inv)
                    : "";
                report.AppendLine(Inv,
                    $"| {name} | {concurrency.ToString(Inv)} | {latencies.Count.ToString("N0", Inv)} | {Us(latencies.Average())} | "
                    + $"{Us(Load.Percentile(latencies, 0.50))} | {Us(Load.Percentile(latencies, 0.95))} | {Us(Load.Percentile(latencies, 0.99))} | {selectUs} |");
            }
        }

        report.AppendLine()
            .AppendLine("The query EF Core sends:")
            .AppendLine()
            .AppendLine("```sql")
            .AppendLine(efSql.Trim())
            .AppendLine("```")
            .AppendLine()
            .AppendLine("Its plan for a bench subject (`EXPLAIN (ANALYZE, BUFFERS)` of the same query):")
            .AppendLine()
            .AppendLine("```")
            .AppendLine(sql.Trim())
            .AppendLine()
            .AppendLine(plan)
            .AppendLine("```");
    }

    private static void WriteEndToEnd(
        StringBuilder report, List<string> names, IReadOnlyList<int> concurrencies,
        Dictionary<(string, int), Cell> requests, Dictionary<(string, int), Cell> checks)
    {
        var (consent, none, cached) = (names[0], names[1], names[2]);
        report.AppendLine()
            .AppendLine(Inv, $"#### 2. End to end: POST {Feedback}")
            .AppendLine()
            .AppendLine("The whole API (authentication, mediator pipeline, audit, insert), each client its own account with a bearer token.")
            .AppendLine(Inv, $"`{consent}`: the API's own consent behavior; `{none}`: its slot passes the request on unchecked; `{cached}`: the cached check.")
            .AppendLine("Same request, same pipeline otherwise, interleaved round by round (the order rotates from round to round).")
            .AppendLine()
            .AppendLine("| clients | consent mean ms | no-check mean ms | cached mean ms | consent − no-check, per-round median (min–max) µs | share of consent's latency | the SELECT in the request, EF Core's mean µs | one check alone (part 1), mean µs |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var concurrency in concurrencies)
        {
            var c = requests[(consent, concurrency)];
            var n = requests[(none, concurrency)];
            var k = requests[(cached, concurrency)];
            var differences = c.Rounds.Zip(n.Rounds, (a, b) => (a.LatenciesMs.Average() - b.LatenciesMs.Average()) * 1000).Order().ToList();
            var median = Load.Percentile(differences, 0.5);
            var consentMean = c.SortedLatenciesMs().Average();
            var selectUs = c.Sql.TryGetValue(CheckKind, out var s) && s.Count > 0 ? (s.Time.TotalMicroseconds / s.Count).ToString("0", Inv) : "none";
            report.AppendLine(Inv,
                $"| {concurrency.ToString(Inv)} | {consentMean.ToString("0.00", Inv)} | {n.SortedLatenciesMs().Average().ToString("0.00", Inv)} | "
                + $"{k.SortedLatenciesMs().Average().ToString("0.00", Inv)} | {median.ToString("0", Inv)} ({differences[0].ToString("0", Inv)}–{differences[^1].ToString("0", Inv)}) | "
                + $"{(median / 1000 / consentMean * 100).ToString("0.0", Inv)} % | {selectUs} | {Us(checks[(LedgerCheck, concurrency)].SortedLatenciesMs().Average())} |");
        }

        report.AppendLine();
        Report.WriteThroughput(report, names, consent, concurrencies, requests, "requests");
        foreach (var concurrency in concurrencies)
        {
            Report.WriteSql(report, names, concurrency, requests, "request");
        }
    }

    private static string Us(double ms) => (ms * 1000).ToString(ms < 0.01 ? "0.00" : "0", Inv);

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = Command(connection, sql);
        return await command.ExecuteScalarAsync();
    }
}
