using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application;
using Pixyer.Application.Common.Security;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>login-sqlite</c> (issue 11): a wrong password on the embedded SQLite default, with the real PBKDF2
/// hasher. Before the fix such a login waited about 30 s for the write lock and answered 500 (the throttle's record
/// of the failure was written on a second connection while the login's transaction held the lock). Each wrong
/// attempt is made for an account of its own, so that the per-account limit (5) never answers for it; the
/// per-client limit is raised, since every request of the in-memory test server comes from the same client. Then
/// one account's consecutive wrong attempts with the production limit: 401 five times, then 429.
/// </summary>
internal static class LoginSqliteBench
{
    public const string Scenario = "login-sqlite";

    private const int ConsecutiveAttempts = 6;
    private const string WrongPassword = "Wrong-Horse-41!";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private sealed record Attempt(HttpStatusCode Status, double Milliseconds, string? RetryAfter);

    public static async Task RunAsync(BenchOptions options, StringBuilder report)
    {
        Console.WriteLine($"\n== Scenario {Scenario}: starting the API in process on SQLite ...");
        var counter = new SqlCounter();
        var perClient = (options.Logins * options.Concurrency.Count * 2) + 100;
        await using var api = BenchApi.OnSqlite(counter, fastHasher: false, services =>
            services.Configure<PixyerOptions>(o => o.LoginThrottle.MaxFailuresPerClient = perClient));
        api.EnsureSqlite();
        var hasher = api.Services.GetRequiredService<IPasswordHasher>();
        if (hasher is FastPasswordHasher)
        {
            throw new InvalidOperationException("The login scenario measures the real hasher.");
        }

        var limits = api.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PixyerOptions>>().Value.LoginThrottle;
        var clients = Enumerable.Range(0, options.Concurrency.Max()).Select(_ => api.NewClient()).ToArray();
        try
        {
            var loadBefore = Report.LoadAverage();
            // Warm-up, not reported: JIT, the connection pool, the first PBKDF2 run.
            var warmUp = await RegisterAsync(clients[0], 1);
            await LogInAsync(clients[0], warmUp[0], WrongPassword);
            await LogInAsync(clients[0], warmUp[0], BenchPath.Password);
            var (hashMs, verifyMs) = BenchMain.TimeHasher(hasher);

            var rows = new List<(int Clients, string Password, List<Attempt> Attempts, double WallSeconds, long FailuresRecorded)>();
            var sql = new Dictionary<(string Path, int Concurrency), Cell>();
            foreach (var concurrency in options.Concurrency)
            {
                foreach (var (label, password) in new[] { ("wrong", WrongPassword), ("right", BenchPath.Password) })
                {
                    Console.WriteLine($"   {options.Logins.ToString(Inv)} {label}-password logins from {concurrency.ToString(Inv)} client(s), each for a fresh account ...");
                    var accounts = new ConcurrentQueue<Identity>(await RegisterAsync(clients[0], options.Logins));
                    var failuresBefore = await FailuresAsync(api);
                    var sqlBefore = counter.Snapshot();
                    var attempts = new ConcurrentBag<Attempt>();
                    var started = Stopwatch.GetTimestamp();
                    await Task.WhenAll(clients.Take(concurrency).Select(client => Task.Run(async () =>
                    {
                        while (accounts.TryDequeue(out var account))
                        {
                            attempts.Add(await LogInAsync(client, account, password));
                        }
                    })));
                    var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
                    var sqlAfter = counter.Snapshot();
                    var cell = new Cell();
                    cell.Add(new RoundResult(attempts.Count, attempts.Count, TimeSpan.FromSeconds(wall), [.. attempts.Select(a => a.Milliseconds)]), sqlBefore, sqlAfter);
                    sql[(label, concurrency)] = cell;
                    rows.Add((concurrency, label, [.. attempts], wall, await FailuresAsync(api) - failuresBefore));
                    Console.WriteLine($"   {Statuses(attempts)}, p50 {Load.Percentile([.. attempts.Select(a => a.Milliseconds).Order()], 0.5).ToString("0", Inv)} ms");
                }
            }

            Console.WriteLine($"   one account, {ConsecutiveAttempts.ToString(Inv)} consecutive wrong passwords, then the right one ...");
            var one = (await RegisterAsync(clients[0], 1))[0];
            var consecutive = new List<(string Password, Attempt Attempt)>();
            for (var i = 0; i < ConsecutiveAttempts; i++)
            {
                consecutive.Add(("wrong", await LogInAsync(clients[0], one, WrongPassword)));
            }

            consecutive.Add(("right", await LogInAsync(clients[0], one, BenchPath.Password)));
            WriteReport(report, limits, perClient, hashMs, verifyMs, loadBefore, rows, consecutive);
            foreach (var concurrency in options.Concurrency)
            {
                Report.WriteSql(report, ["wrong", "right"], concurrency, sql, "login");
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    private static void WriteReport(
        StringBuilder report, PixyerOptions.LoginThrottleOptions limits, int perClient, double hashMs, double verifyMs,
        string loadBefore, List<(int Clients, string Password, List<Attempt> Attempts, double WallSeconds, long FailuresRecorded)> rows,
        List<(string Password, Attempt Attempt)> consecutive)
    {
        report.AppendLine()
            .AppendLine(Inv, $"### Scenario `{Scenario}`: wrong-password logins on the embedded SQLite default, real hasher")
            .AppendLine()
            .AppendLine(Inv, $"`POST /api/v1/sessions` on SQLite (a fresh file, `secure_delete` on), the real `PasswordHasher` (PBKDF2: one hash {hashMs.ToString("0.0", Inv)} ms, ")
            .AppendLine(Inv, $"one verification {verifyMs.ToString("0.0", Inv)} ms, median of 10 on one thread). Each login is for an account of its own, registered just before ")
            .AppendLine(Inv, $"(untimed; login does not need a verified address), so the per-account limit ({limits.MaxFailuresPerAccount.ToString(Inv)} failures in {limits.Window.TotalMinutes.ToString(Inv)} min) never answers; ")
            .AppendLine(Inv, $"the per-client limit is raised from its default to {perClient.ToString(Inv)}, as every request of the in-memory server comes from one client. ")
            .AppendLine("With more clients, each takes the next account until all are done. `failures recorded`: rows the throttle wrote to `login_failures` meanwhile. ")
            .AppendLine("A right-password run on fresh accounts of its own gives the reference. ")
            .AppendLine(Inv, $"Load average before/after: {loadBefore} / {Report.LoadAverage()}.")
            .AppendLine()
            .AppendLine("| password | clients | logins | statuses | p50 ms | p95 ms | max ms | logins/s | failures recorded |")
            .AppendLine("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (clients, password, attempts, wall, recorded) in rows)
        {
            var latencies = attempts.Select(a => a.Milliseconds).Order().ToList();
            report.AppendLine(Inv,
                $"| {password} | {clients.ToString(Inv)} | {attempts.Count.ToString(Inv)} | {Statuses(attempts)} | {Load.Percentile(latencies, 0.5).ToString("0", Inv)} | "
                + $"{Load.Percentile(latencies, 0.95).ToString("0", Inv)} | {latencies[^1].ToString("0", Inv)} | {(attempts.Count / wall).ToString("0.0", Inv)} | {recorded.ToString(Inv)} |");
        }

        report.AppendLine()
            .AppendLine(Inv, $"One more account (none of those above), {ConsecutiveAttempts.ToString(Inv)} consecutive wrong passwords under the production per-account limit, then the right password:")
            .AppendLine()
            .AppendLine("| attempt | password | status | ms | Retry-After s |")
            .AppendLine("| ---: | --- | ---: | ---: | ---: |");
        for (var i = 0; i < consecutive.Count; i++)
        {
            var (password, attempt) = consecutive[i];
            report.AppendLine(Inv,
                $"| {(i + 1).ToString(Inv)} | {password} | {((int)attempt.Status).ToString(Inv)} | {attempt.Milliseconds.ToString("0", Inv)} | {attempt.RetryAfter ?? ""} |");
        }
    }

    private static string Statuses(IEnumerable<Attempt> attempts) =>
        string.Join(", ", attempts.GroupBy(a => (int)a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString(Inv)} x{g.Count().ToString(Inv)}"));

    private static async Task<List<Identity>> RegisterAsync(HttpClient client, int count)
    {
        var accounts = new List<Identity>();
        for (var i = 0; i < count; i++)
        {
            var id = Identity.Next();
            await BenchHttp.SendAsync(client, HttpMethod.Post, "/api/v1/accounts", BenchPath.RegisterBody(id), HttpStatusCode.Created);
            accounts.Add(id);
        }

        return accounts;
    }

    private static async Task<Attempt> LogInAsync(HttpClient client, Identity account, string password)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsJsonAsync("/api/v1/sessions", new { email = account.Email, password });
        await response.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return new Attempt(response.StatusCode, elapsed, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(Inv));
    }

    private static Task<long> FailuresAsync(BenchApi api) => SqliteSeed.ScalarAsync(api.SqliteConnectionString(), "SELECT count(*) FROM login_failures");
}
