using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Domain.Billing;
using Pixyer.Infrastructure.Payments.Sandbox;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>subscribe</c> (issue 14): subscribes per second through <c>POST /api/v1/me/subscriptions</c>, each sent as a
/// burst of K concurrent copies with the same <c>Idempotency-Key</c> and body (a double-clicking or retrying client), at
/// each client count, on PostgreSQL and on the embedded SQLite default (<c>--providers</c>). An admin (the address of
/// <c>Pixyer:Bootstrap:AdminEmails</c>) registers the sandbox gateway as the <c>payment-provider</c> recipient and
/// publishes the plan; the subscribers are prepared before each round, untimed (<see cref="Subscribers"/>). Every copy
/// must answer 201 with the same subscription; after each round the database and the sandbox gateway's own ledger must
/// show one subscription, one successful charge, one transaction and one invoice per subscriber: a double charge, or
/// any other count, stops the bench.
/// </summary>
internal static class SubscribeBench
{
    public const string Scenario = "subscribe";
    public const string PlanCode = "pro";
    public const string Path = "/api/v1/me/subscriptions";

    private const string ReplayedHeader = "Idempotent-Replayed";
    private const string GuardProblem = "card-number-not-accepted";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>One copy's answer: status, the ids of its receipt (201), whether the API marked it a replay, its body.</summary>
    private sealed record Answer(int Status, Guid? SubscriptionId, Guid? InvoiceId, bool Replayed, string Body);

    /// <summary>A subscriber's burst: its copies' answers and the time until the last one came back.</summary>
    private sealed record Burst(Subscriber Subscriber, Answer[] Answers, TimeSpan Elapsed)
    {
        /// <summary>Every copy 201 with the same subscription and invoice, exactly one of them not a replay.</summary>
        public bool Consistent =>
            Answers.All(a => a.Status == 201)
            && Answers.Select(a => (a.SubscriptionId, a.InvoiceId)).Distinct().Count() == 1
            && Answers.Count(a => !a.Replayed) == 1;

        /// <summary>Every copy refused with 400 <c>card-number-not-accepted</c> (<see cref="VerifyAsync"/> also checks that the card's id is why).</summary>
        public bool RefusedByGuard => Answers.All(a => a.Status == 400 && a.Body.Contains(GuardProblem, StringComparison.Ordinal));
    }

    /// <summary>What the database and the gateway hold for a round's subscribers.</summary>
    private sealed record Verification(
        int Subscribers, int RefusedByGuard, int Subscriptions, int AnsweredNotStored, int Charges, int SucceededCharges, int DoubleCharges, int Transactions, int Invoices)
    {
        /// <summary>What does not hold of: a subscription per subscriber, one successful charge, transaction and invoice per subscription, no double charge.</summary>
        public IReadOnlyList<string> Mismatches =>
        [
            .. Subscriptions != Subscribers - RefusedByGuard
                ? [$"{Subscriptions.ToString(Inv)} subscriptions for {Subscribers.ToString(Inv)} subscribers ({RefusedByGuard.ToString(Inv)} refused by the card-number guard)"]
                : Array.Empty<string>(),
            .. AnsweredNotStored != 0 ? [$"{AnsweredNotStored.ToString(Inv)} answered subscription(s) not stored"] : Array.Empty<string>(),
            .. SucceededCharges != Subscriptions ? [$"{SucceededCharges.ToString(Inv)} successful charges for {Subscriptions.ToString(Inv)} subscriptions"] : Array.Empty<string>(),
            .. DoubleCharges != 0 ? [$"{DoubleCharges.ToString(Inv)} DOUBLE CHARGES"] : Array.Empty<string>(),
            .. Transactions != Subscriptions ? [$"{Transactions.ToString(Inv)} transactions for {Subscriptions.ToString(Inv)} subscriptions"] : Array.Empty<string>(),
            .. Invoices != Subscriptions ? [$"{Invoices.ToString(Inv)} invoices for {Subscriptions.ToString(Inv)} subscriptions"] : Array.Empty<string>(),
        ];

        public override string ToString() =>
            $"{Subscribers.ToString(Inv)} subscribers ({RefusedByGuard.ToString(Inv)} refused by the card-number guard): {Subscriptions.ToString(Inv)} subscriptions, {SucceededCharges.ToString(Inv)} successful charges "
            + $"({Charges.ToString(Inv)} in all), {DoubleCharges.ToString(Inv)} double charges, {Transactions.ToString(Inv)} transactions, "
            + $"{Invoices.ToString(Inv)} invoices, {AnsweredNotStored.ToString(Inv)} answered subscriptions not in the database";
    }

    /// <summary>One client count's measured rounds.</summary>
    private sealed class Measured
    {
        public Cell Cell { get; } = new();

        public List<Burst> Bursts { get; } = [];

        public List<Verification> Verifications { get; } = [];

        public int Subscribers => Verifications.Sum(v => v.Subscribers);

        public List<CpuUse> Cpu { get; } = [];

        public List<Sessions> Sessions { get; } = [];

        /// <summary>Transactions begun, their time, and the starts and statements of 150 ms or more, over the rounds.</summary>
        public (long Begins, TimeSpan BeginTime, long LongBegins, long LongStatements) Waits { get; set; }

        /// <summary>PostgreSQL: mean sessions waiting on the invoice-number lock and on other advisory locks, per round.</summary>
        public List<(double Invoice, double Other)> AdvisoryWaits { get; } = [];
    }

    public static async Task RunAsync(BenchOptions options, StringBuilder report)
    {
        foreach (var provider in options.Providers)
        {
            await RunAsync(provider == BenchOptions.SqliteProvider, options, report);
        }
    }

    private static async Task RunAsync(bool sqlite, BenchOptions options, StringBuilder report)
    {
        var name = sqlite ? "SQLite" : "PostgreSQL";
        var concurrencies = options.ConcurrencyFor(Scenario);
        var rounds = options.RoundsFor(Scenario);
        var (count, copies) = (options.Subscribers, options.Duplicates);
        Console.WriteLine($"\n== Scenario {Scenario} on {name}: starting the API in process ...");
        var counter = new SqlCounter();
        // A fresh admin address per run, so that a reused PIXYER_BENCH_DB (where an earlier run's admin exists) still works.
        var admin = Identity.Next() with { Email = $"admin.{Guid.NewGuid():N}@bench.example.com" };
        var settings = new Dictionary<string, string> { ["Pixyer:Bootstrap:AdminEmails:0"] = admin.Email };
        var waits = new SubscribeWaits();
        void AddWaits(IServiceCollection services)
        {
            services.ConfigureDbContext<PostgresPixyerDbContext>(o => o.AddInterceptors(waits));
            services.ConfigureDbContext<SqlitePixyerDbContext>(o => o.AddInterceptors(waits));
        }

        await using var api = sqlite
            ? BenchApi.OnSqlite(counter, fastHasher: true, AddWaits, settings)
            : new BenchApi(counter, fastHasher: true, AddWaits, settings: settings);
        ServerProbe? probe = null;
        AdvisoryWaits? advisory = null;
        if (sqlite)
        {
            api.EnsureSqlite();
        }
        else
        {
            api.EnsurePostgreSql();
            probe = await ServerProbe.StartAsync(AnonymizeBench.ConnectionString(api.Services));
            advisory = new AdvisoryWaits(AnonymizeBench.ConnectionString(api.Services));
        }

        var gateway = api.Services.GetRequiredService<SandboxPaymentGateway>();
        using var setupClient = api.NewClient();
        var setup = new Subscribers(api, setupClient);
        Console.WriteLine("   the admin: recipient payment-provider, plan pro ...");
        await PrepareStaffAsync(setup, admin);
        var clients = Enumerable.Range(0, concurrencies.Max()).Select(_ => api.NewClient()).ToArray();
        try
        {
            var check = await CheckPremiseAsync(api, setup, clients[0], gateway, copies);
            Console.WriteLine($"   premise: {check}");
            var measured = concurrencies.ToDictionary(c => c, _ => new Measured());
            var setupSeconds = 0.0;
            var errors = new List<(string Round, Answer Answer)>();
            var mismatches = new List<string>();
            var loadBefore = Report.LoadAverage();
            // Round 0 warms up (JIT, pools, plans of the queries) and is verified but not reported.
            for (var round = options.Warmup > TimeSpan.Zero ? 0 : 1; round <= rounds; round++)
            {
                foreach (var concurrency in concurrencies)
                {
                    var n = round == 0 ? Math.Min(count, 5 * concurrency) : count;
                    var started = Stopwatch.GetTimestamp();
                    var subscribers = await setup.PrepareAsync(n);
                    setupSeconds += Stopwatch.GetElapsedTime(started).TotalSeconds;

                    var before = counter.Snapshot();
                    var waitsBefore = waits.Snapshot();
                    List<Burst> bursts;
                    TimeSpan wall;
                    (CpuUse Cpu, Sessions Sessions, double OnInvoice, double OnOther)? server = null;
                    if (probe is null || advisory is null)
                    {
                        (bursts, wall) = await MeasureAsync(clients, subscribers, concurrency, copies);
                    }
                    else
                    {
                        (((bursts, wall), var onInvoice, var onOther), _, var cpu, var sessions) = await probe.MeasureAsync(
                            () => advisory.MeasureAsync(() => MeasureAsync(clients, subscribers, concurrency, copies)));
                        server = (cpu, sessions, onInvoice, onOther);
                    }

                    var after = counter.Snapshot();
                    var waitsAfter = waits.Snapshot();
                    var verification = await VerifyAsync(api, gateway, bursts);
                    // A subscribe counts when its burst is consistent; the SQL is divided by every burst sent.
                    var done = bursts.Where(b => b.Consistent).ToList();
                    var result = new RoundResult(done.Count, bursts.Count, wall, [.. done.Select(b => b.Elapsed.TotalMilliseconds)]);
                    var label = $"round {round.ToString(Inv)}{(round == 0 ? " (warm-up)" : "")} x{concurrency.ToString(Inv)}";
                    var failed = bursts.SelectMany(b => b.Answers).Where(a => a.Status != 201).ToList();
                    errors.AddRange(failed.Select(a => (label, a)));
                    Console.WriteLine(
                        $"   {label}: {result.OpsPerSecond.ToString("0.0", Inv)} subscribes/s, {failed.Count.ToString(Inv)} non-201 answers; {verification}");
                    foreach (var answer in failed.DistinctBy(a => (a.Status, a.Body)).Take(5))
                    {
                        Console.WriteLine($"     {answer.Status.ToString(Inv)}: {answer.Body}");
                    }

                    if (verification.Mismatches.Count > 0)
                    {
                        Console.WriteLine($"   MISMATCH: {string.Join("; ", verification.Mismatches)}");
                        mismatches.Add($"{label}: {string.Join("; ", verification.Mismatches)}");
                    }

                    if (verification.DoubleCharges != 0)
                    {
                        throw new InvalidOperationException(
                            $"Scenario {Scenario} on {name}, {label}: DOUBLE CHARGES. The gateway charged a card more than once. {verification}");
                    }

                    if (round == 0)
                    {
                        continue;
                    }

                    var cell = measured[concurrency];
                    cell.Cell.Add(result, before, after);
                    cell.Bursts.AddRange(bursts);
                    cell.Verifications.Add(verification);
                    cell.Waits = (
                        cell.Waits.Begins + waitsAfter.Begins - waitsBefore.Begins,
                        cell.Waits.BeginTime + waitsAfter.BeginTime - waitsBefore.BeginTime,
                        cell.Waits.LongBegins + waitsAfter.LongBegins - waitsBefore.LongBegins,
                        cell.Waits.LongStatements + waitsAfter.LongStatements - waitsBefore.LongStatements);
                    if (server is { } use)
                    {
                        cell.Cpu.Add(use.Cpu);
                        cell.Sessions.Add(use.Sessions);
                        cell.AdvisoryWaits.Add((use.OnInvoice, use.OnOther));
                    }
                }
            }

            WriteReport(report, sqlite, options, check, measured, setupSeconds, loadBefore, errors, mismatches);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>The admin signs up, registers the payment provider as a recipient (S1) and publishes the plan.</summary>
    private static async Task PrepareStaffAsync(Subscribers setup, Identity admin)
    {
        var staff = (await setup.SignUpVerifiedAsync([admin]))[0];
        var recipient = new
        {
            key = "payment-provider",
            name = "Sandbox Payments Co.",
            category = "payment_providers",
            country = "CN",
            securityAssessedOn = "2026-01-15",
            transferMechanism = (string?)null,
        };
        try
        {
            await setup.SendAsync(HttpMethod.Post, "/api/v1/admin/recipients", recipient, HttpStatusCode.Created, staff.Token);
        }
        catch (InvalidOperationException e) when (e.Message.Contains(" answered 409 ", StringComparison.Ordinal))
        {
            // A reused PIXYER_BENCH_DB has it from an earlier run.
        }

        var plan = new { code = PlanCode, name = "Pro", priceMinor = 9900, currency = "CNY", interval = "month", includedGenerations = 100 };
        await setup.SendAsync(HttpMethod.Post, "/api/v1/admin/plans", plan, HttpStatusCode.Created, staff.Token);
    }

    /// <summary>
    /// What the measurement relies on, on one subscriber of its own: a burst answers one subscription; the same key and
    /// body again, alone, replays it; another key answers 409; the gateway charged the card once.
    /// </summary>
    private static async Task<string> CheckPremiseAsync(BenchApi api, Subscribers setup, HttpClient client, SandboxPaymentGateway gateway, int copies)
    {
        var subscriber = (await setup.PrepareAsync(1))[0];
        while (TripsGuard(subscriber.PaymentMethodId))
        {
            subscriber = (await setup.PrepareAsync(1))[0];
        }

        var key = Guid.NewGuid().ToString();
        var burst = await BurstAsync(client, subscriber, copies, key);
        var again = await SubscribeAsync(client, subscriber, key);
        var other = await SubscribeAsync(client, subscriber, Guid.NewGuid().ToString());
        var verification = await VerifyAsync(api, gateway, [burst]);
        var first = burst.Answers.First(a => !a.Replayed);
        if (!burst.Consistent || again.Status != 201 || again.SubscriptionId != first.SubscriptionId || verification.Mismatches.Count > 0)
        {
            throw new InvalidOperationException(
                $"Premise: a burst of {copies.ToString(Inv)} answered {Statuses([burst])} ({burst.Answers.Select(a => a.SubscriptionId).Distinct().Count().ToString(Inv)} subscription ids), "
                + $"the same key again {again.Status.ToString(Inv)}; {verification}.");
        }

        return $"a burst of {copies.ToString(Inv)} copies answered {Statuses([burst])}, one subscription, {(copies - 1).ToString(Inv)} marked `{ReplayedHeader}`; "
            + $"the same key and body again, alone: {again.Status.ToString(Inv)}{(again.Replayed ? " replayed" : "")}, "
            + $"{(again.Body == first.Body ? "the same body byte for byte" : "the same subscription, another body")}; "
            + $"another key: {other.Status.ToString(Inv)}{(other.Status == 409 ? "" : " (expected 409)")}; the gateway charged the card {verification.SucceededCharges.ToString(Inv)} time(s)";
    }

    /// <summary>
    /// <paramref name="concurrency"/> clients take the next subscriber until none is left, each subscribe a burst of
    /// <paramref name="copies"/> concurrent requests with one fresh key. The wall time runs from the first request to the last answer.
    /// </summary>
    private static async Task<(List<Burst> Bursts, TimeSpan Wall)> MeasureAsync(HttpClient[] clients, List<Subscriber> subscribers, int concurrency, int copies)
    {
        var queue = new ConcurrentQueue<Subscriber>(subscribers);
        var bursts = new ConcurrentBag<Burst>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Take(concurrency).Select(client => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var subscriber))
            {
                bursts.Add(await BurstAsync(client, subscriber, copies, Guid.NewGuid().ToString()));
            }
        })));
        return ([.. bursts], clock.Elapsed);
    }

    private static async Task<Burst> BurstAsync(HttpClient client, Subscriber subscriber, int copies, string key)
    {
        var started = Stopwatch.GetTimestamp();
        var answers = await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => SubscribeAsync(client, subscriber, key)));
        return new Burst(subscriber, answers, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<Answer> SubscribeAsync(HttpClient client, Subscriber subscriber, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = JsonContent.Create(new { planCode = PlanCode, paymentMethodId = subscriber.PaymentMethodId }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", subscriber.Token);
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var replayed = response.Headers.TryGetValues(ReplayedHeader, out var values) && values.Contains("true");
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return new Answer((int)response.StatusCode, null, null, replayed, body);
        }

        using var json = JsonDocument.Parse(body);
        return new Answer(
            201,
            json.RootElement.GetProperty("subscription").GetProperty("id").GetGuid(),
            json.RootElement.GetProperty("invoice").GetProperty("id").GetGuid(),
            replayed,
            body);
    }

    /// <summary>
    /// The round's subscribers in the database (subscriptions, payment transactions, invoices of their accounts) and in
    /// the sandbox gateway's ledger (charges of their cards): a double charge is a second successful charge of one card.
    /// </summary>
    private static async Task<Verification> VerifyAsync(BenchApi api, SandboxPaymentGateway gateway, IReadOnlyList<Burst> bursts)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        var owners = bursts.Select(b => b.Subscriber.Account).Distinct().ToList();
        var methods = bursts.Select(b => new PaymentMethodId(b.Subscriber.PaymentMethodId)).Distinct().ToList();
        var stored = (await db.Subscriptions.AsNoTracking().Where(s => owners.Contains(s.OwnerId)).Select(s => s.Id).ToListAsync())
            .Select(id => id.Value).ToHashSet();
        var answered = bursts.SelectMany(b => b.Answers).Select(a => a.SubscriptionId).OfType<Guid>().Distinct();
        var transactions = await db.PaymentTransactions.AsNoTracking().CountAsync(t => owners.Contains(t.OwnerId));
        var invoices = await db.Invoices.AsNoTracking().CountAsync(i => owners.Contains(i.OwnerId));
        var gatewayMethods = (await db.PaymentMethods.AsNoTracking().Where(m => methods.Contains(m.Id)).Select(m => m.GatewayMethodId).ToListAsync())
            .ToHashSet(StringComparer.Ordinal);
        var charges = gateway.Charges.Where(c => gatewayMethods.Contains(c.MethodId)).ToList();
        var succeeded = charges.Where(c => c.Succeeded).ToList();
        var doubles = succeeded.GroupBy(c => c.MethodId, StringComparer.Ordinal).Sum(g => g.Count() - 1);
        return new Verification(
            owners.Count, bursts.Count(b => b.RefusedByGuard && TripsGuard(b.Subscriber.PaymentMethodId)), stored.Count, answered.Count(id => !stored.Contains(id)), charges.Count, succeeded.Count, doubles, transactions, invoices);
    }

    /// <summary>A problem answer's type and detail, or the start of any other body.</summary>
    private static string ProblemOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var type = json.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
            var detail = json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null;
            return Excerpt($"{type?.Split('/')[^1]}: {detail}");
        }
        catch (JsonException)
        {
            return Excerpt(body);
        }
    }

    private static string Excerpt(string body) =>
        (body.Length > 200 ? body[..200] + "…" : body).Replace('`', '\'').Replace('|', '/').ReplaceLineEndings(" ");

    /// <summary>Whether the card-number guard refuses the subscribe body that names this card.</summary>
    private static bool TripsGuard(Guid paymentMethodId) =>
        CardNumbers.AppearIn(JsonSerializer.Serialize(new { planCode = PlanCode, paymentMethodId }, JsonSerializerOptions.Web));

    /// <summary>
    /// How often the guard refuses a subscribe because of the card's own id: the share of 100,000 fresh card ids
    /// (<see cref="PaymentMethodId.New"/>, a version 7 Guid) whose subscribe body <see cref="CardNumbers.AppearIn"/> flags;
    /// and, since the first 12 hex digits of such an id are its creation time in milliseconds, the share of 100,000 ids made
    /// at random times over the next year.
    /// </summary>
    private static string GuardRate()
    {
        const int ids = 100_000;
        var random = new Random(14);
        var now = DateTimeOffset.UtcNow;
        var (refusedNow, refusedYear) = (0, 0);
        for (var i = 0; i < ids; i++)
        {
            refusedNow += TripsGuard(PaymentMethodId.New().Value) ? 1 : 0;
            refusedYear += TripsGuard(Guid.CreateVersion7(now.AddMilliseconds(random.NextInt64((long)TimeSpan.FromDays(365).TotalMilliseconds)))) ? 1 : 0;
        }

        return $"of {ids.ToString("N0", Inv)} card ids made now, {refusedNow.ToString("N0", Inv)} ({Percent(refusedNow)}) make a body it refuses with 400 `{GuardProblem}`; "
            + $"of {ids.ToString("N0", Inv)} made at random times over the next year, {refusedYear.ToString("N0", Inv)} ({Percent(refusedYear)})";

        static string Percent(int refused) => (refused * 100.0 / ids).ToString("0.00", Inv) + " %";
    }

    private static string Statuses(IEnumerable<Burst> bursts) =>
        string.Join(", ", bursts.SelectMany(b => b.Answers).GroupBy(a => a.Status).OrderBy(g => g.Key)
            .Select(g => $"{g.Key.ToString(Inv)} x{g.Count().ToString(Inv)}"));

    private static void WriteReport(
        StringBuilder report, bool sqlite, BenchOptions options, string check, Dictionary<int, Measured> measured, double setupSeconds, string loadBefore,
        List<(string Round, Answer Answer)> errors, List<string> mismatches)
    {
        var name = sqlite ? "SQLite (embedded default)" : "PostgreSQL";
        var copies = options.Duplicates;
        report.AppendLine()
            .AppendLine(Inv, $"### Scenario `{Scenario}` on {name}: `POST {Path}`, bursts of {copies.ToString(Inv)} copies with one Idempotency-Key")
            .AppendLine()
            .AppendLine("An admin (the address of `Pixyer:Bootstrap:AdminEmails`) registered the sandbox gateway as recipient `payment-provider` and published ")
            .AppendLine("plan `pro` (9,900 CNY minor units a month). Before each round, untimed, fresh subscribers register, confirm the mailed token, log in ")
            .AppendLine(Inv, $"and add `{Subscribers.CardToken}` ({setupSeconds.ToString("0", Inv)} s of setup in all). Each round: {options.Subscribers.ToString(Inv)} subscribers, taken in turn by the clients; ")
            .AppendLine(Inv, $"a subscribe is {copies.ToString(Inv)} concurrent identical requests (same bearer, key, body); its latency runs from the first request out to the last answer in. ")
            .AppendLine(Inv, $"subscribes/s = consistent bursts / wall time of the round (a burst is consistent when every copy answers 201 with the same subscription ")
            .AppendLine(Inv, $"and invoice and exactly one is not marked `{ReplayedHeader}: true`); requests/s = every request answered / wall time; p50/p95 of consistent bursts. ")
            .AppendLine("After each round (untimed) the database and the sandbox gateway's ")
            .AppendLine("ledger (`SandboxPaymentGateway.Charges`, filtered to the round's cards) are counted: a double charge (a second successful charge of ")
            .AppendLine("one card) stops the bench; any other mismatch is listed below the table. ")
            .AppendLine(Inv, $"{options.RoundsFor(Scenario).ToString(Inv)} rounds per client count after one warm-up round (verified, not reported); load average before/after: {loadBefore} / {Report.LoadAverage()}. ")
            .AppendLine(Inv, $"Premise, on a subscriber of its own: {check}. ")
            .AppendLine(Inv, $"The card-number guard (C4) on `{Path}` scans the body, `{{\"planCode\":\"pro\",\"paymentMethodId\":\"<the card's id>\"}}`: {GuardRate()}.")
            .AppendLine()
            .AppendLine("| clients | subscribes/s (mean) | rounds min-max | requests/s | p50 ms | p95 ms | answers | bursts not consistent | subscribers | refused by the card-number guard | subscriptions | successful charges | **double charges** | transactions | invoices |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (clients, cell) in measured)
        {
            var latencies = cell.Cell.SortedLatenciesMs();
            var v = cell.Verifications;
            report.AppendLine(Inv,
                $"| {clients.ToString(Inv)} | {cell.Cell.OpsPerSecond.ToString("0.0", Inv)} | "
                + $"{cell.Cell.Rounds.Min(r => r.OpsPerSecond).ToString("0.0", Inv)}-{cell.Cell.Rounds.Max(r => r.OpsPerSecond).ToString("0.0", Inv)} | "
                + $"{cell.Cell.Rounds.Average(r => r.Finished * copies / r.Window.TotalSeconds).ToString("0.0", Inv)} | {Load.Percentile(latencies, 0.50).ToString("0.0", Inv)} | {Load.Percentile(latencies, 0.95).ToString("0.0", Inv)} | "
                + $"{Statuses(cell.Bursts)} | {cell.Bursts.Count(b => !b.Consistent).ToString(Inv)} of {cell.Bursts.Count.ToString(Inv)} | "
                + $"{cell.Subscribers.ToString(Inv)} | {v.Sum(x => x.RefusedByGuard).ToString(Inv)} | {v.Sum(x => x.Subscriptions).ToString(Inv)} | {v.Sum(x => x.SucceededCharges).ToString(Inv)} | **{v.Sum(x => x.DoubleCharges).ToString(Inv)}** | "
                + $"{v.Sum(x => x.Transactions).ToString(Inv)} | {v.Sum(x => x.Invoices).ToString(Inv)} |");
        }

        var originals = measured.Values.SelectMany(m => m.Bursts).Where(b => !b.RefusedByGuard).GroupBy(b => b.Answers.Count(a => !a.Replayed)).OrderBy(g => g.Key)
            .Select(g => $"{g.Key.ToString(Inv)} in {g.Count().ToString(Inv)} bursts");
        report.AppendLine()
            .AppendLine(Inv, $"Copies not marked replayed per burst (bursts the guard refused left out): {string.Join(", ", originals)}. ")
            .AppendLine(mismatches.Count == 0
                ? "Every round, the warm-up included: one subscription per subscriber the guard did not refuse (none for those it did: nothing was charged), and one "
                  + "successful charge, one transaction and one invoice per subscription. "
                : $"Mismatches: {string.Join(" / ", mismatches)}. ")
            .AppendLine(errors.Count == 0
                ? "No answer other than 201 in any round, the warm-up included."
                : $"Answers other than 201 (the warm-up included): {string.Join("; ", errors.GroupBy(e => (e.Round, e.Answer.Status, Problem: ProblemOf(e.Answer.Body))).Select(g => $"{g.Key.Round}: {g.Key.Status.ToString(Inv)} x{g.Count().ToString(Inv)} `{g.Key.Problem}`"))}.");
        if (!sqlite && measured.Values.All(m => m.Cpu.Count > 0))
        {
            report.AppendLine()
                .AppendLine("CPU in cores (1.0 = one core busy all the round), mean of the rounds: this process (the API and the bench's clients), PostgreSQL (the ")
                .AppendLine(Inv, $"postmaster and its children), the machine (everyone's load). Sessions: `pg_stat_activity` every {ServerProbe.SampleEvery.TotalMilliseconds.ToString(Inv)} ms, mean per sample.")
                .AppendLine()
                .AppendLine("| clients | this process, cores | PostgreSQL, cores | machine, cores | sessions not idle | waiting on a lock: mean (most at once) |")
                .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (clients, cell) in measured)
            {
                var sessions = Sessions.Sum(cell.Sessions);
                report.AppendLine(Inv,
                    $"| {clients.ToString(Inv)} | {ConsentPutBench.Cores(cell.Cpu.Average(c => c.Process))} | {ConsentPutBench.Cores(cell.Cpu.Average(c => c.Postgres))} | "
                    + $"{ConsentPutBench.Cores(cell.Cpu.Average(c => c.Machine))} | {sessions.Busy.ToString("0.00", Inv)} | "
                    + $"{sessions.WaitingOnLock.ToString("0.00", Inv)} ({sessions.MostWaitingOnLock.ToString(Inv)}) |");
            }

            ConsentPutBench.WriteSessions(report, [.. measured.Select(m => ($"{m.Key.ToString(Inv)} clients", Sessions.Sum(m.Value.Sessions)))]);
        }

        report.AppendLine()
            .AppendLine("Waits per subscribe (a burst): transactions begun (`BEGIN`; on SQLite `BEGIN IMMEDIATE`, which takes the write lock; not in the SQL table below) ")
            .AppendLine(Inv, $"and their mean time; transaction starts and SQL statements that took {SubscribeWaits.Long.TotalMilliseconds.ToString(Inv)} ms or more (on SQLite, where the API's connections set no ")
            .AppendLine(Inv, $"`busy_timeout`, Microsoft.Data.Sqlite answers a busy database by sleeping {SubscribeWaits.Long.TotalMilliseconds.ToString(Inv)} ms and trying again){(sqlite ? "" : "; on PostgreSQL, sessions waiting on the invoice-number advisory lock (one a year, held from numbering to commit) and on other advisory locks (a subscriber's `billing` lock: the copies waiting for the first), mean per sample of `pg_locks` every 50 ms")}.")
            .AppendLine()
            .AppendLine("| clients | BEGIN per subscribe x mean ms | BEGINs of 150 ms+ per subscribe | statements of 150 ms+ per subscribe |" + (sqlite ? "" : " sessions waiting on the invoice-number lock | on other advisory locks |"))
            .AppendLine("| ---: | ---: | ---: | ---: |" + (sqlite ? "" : " ---: | ---: |"));
        foreach (var (clients, cell) in measured)
        {
            var bursts = (double)cell.Bursts.Count;
            var (begins, beginTime, longBegins, longStatements) = cell.Waits;
            report.AppendLine(
                $"| {clients.ToString(Inv)} | {(begins / bursts).ToString("0.0", Inv)} x {(begins == 0 ? 0 : beginTime.TotalMilliseconds / begins).ToString("0.00", Inv)} | "
                + $"{(longBegins / bursts).ToString("0.00", Inv)} | {(longStatements / bursts).ToString("0.00", Inv)} |"
                + (sqlite ? "" : $" {cell.AdvisoryWaits.Average(w => w.Invoice).ToString("0.00", Inv)} | {cell.AdvisoryWaits.Average(w => w.Other).ToString("0.00", Inv)} |"));
        }

        Report.WriteSql(
            report, $"SQL per subscribe (a burst of {copies.ToString(Inv)} requests)",
            [.. measured.Select(m => ($"{m.Key.ToString(Inv)} clients", m.Value.Cell))], "subscribe");
    }
}
