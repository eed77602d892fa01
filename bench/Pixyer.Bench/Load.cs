using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Domain.Accounts;

namespace Pixyer.Bench;

/// <summary>One way of doing a register+login pair over HTTP.</summary>
internal sealed record BenchPath(string Name, string Description, Func<HttpClient, Identity, Task> RunAsync)
{
    public const string Password = "Correct-Horse-42!";

    public static readonly BenchPath Pipeline = new(
        "pipeline",
        "POST /api/v1/accounts + POST /api/v1/sessions (mediator pipeline)",
        async (client, id) =>
        {
            await PostAsync(client, "/api/v1/accounts", RegisterBody(id), HttpStatusCode.Accepted);
            await PostAsync(client, "/api/v1/sessions", LogInBody(id), HttpStatusCode.OK);
        });

    public static readonly BenchPath Bare = new(
        "bare",
        "POST /bench/bare/accounts + POST /bench/bare/sessions (DbContext directly)",
        async (client, id) =>
        {
            await PostAsync(client, BareEndpoints.Register, RegisterBody(id), HttpStatusCode.Created);
            await PostAsync(client, BareEndpoints.LogIn, LogInBody(id), HttpStatusCode.OK);
        });

    public static readonly BenchPath BareOneRequest = new(
        "bare-1req",
        "POST /bench/bare/register-login (both in one request)",
        (client, id) => PostAsync(client, BareEndpoints.RegisterAndLogIn, RegisterBody(id), HttpStatusCode.OK));

    /// <summary>
    /// The premise of the comparison: both paths pass the API's own middleware. RequestContextMiddleware answers
    /// every request it sees with an X-Correlation-Id header.
    /// </summary>
    public static async Task CheckSameHttpStackAsync(HttpClient client)
    {
        foreach (var path in new[] { "/api/v1/accounts", BareEndpoints.Register })
        {
            using var response = await client.PostAsJsonAsync(path, RegisterBody(Identity.Next()));
            if (!response.IsSuccessStatusCode || !response.Headers.Contains("X-Correlation-Id"))
            {
                throw new InvalidOperationException(
                    $"POST {path} answered {(int)response.StatusCode} without the API middleware's X-Correlation-Id header.");
            }
        }
    }

    public static object RegisterBody(Identity id) => new
    {
        username = id.Username,
        email = id.Email,
        password = Password,
        dateOfBirth = "1990-01-01",
        acceptedPolicyVersion = "2024-08-14",
    };

    public static object LogInBody(Identity id) => new { email = id.Email, password = Password };

    private static Task<string> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected) =>
        BenchHttp.SendAsync(client, HttpMethod.Post, path, body, expected);
}

internal static class BenchHttp
{
    /// <summary>Sends <paramref name="body"/> as JSON and returns the answer's content; any other status than <paramref name="expected"/> throws.</summary>
    public static async Task<string> SendAsync(HttpClient client, HttpMethod method, string path, object body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"{method} {path} answered {(int)response.StatusCode} instead of {(int)expected}: {content}");
        }

        return content;
    }

    /// <summary>Registers a fresh account and logs it in: its id and session token.</summary>
    public static async Task<BenchAccount> SignUpAsync(HttpClient client)
    {
        var id = Identity.Next();
        await SendAsync(client, HttpMethod.Post, "/api/v1/accounts", BenchPath.RegisterBody(id), HttpStatusCode.Accepted);
        var session = await SendAsync(client, HttpMethod.Post, "/api/v1/sessions", BenchPath.LogInBody(id), HttpStatusCode.OK);
        using var json = JsonDocument.Parse(session);
        return new BenchAccount(
            new AccountId(json.RootElement.GetProperty("accountId").GetGuid()), json.RootElement.GetProperty("token").GetString()!);
    }
}

internal sealed record BenchAccount(AccountId Id, string Token);

/// <summary>A fresh username and email for every pair, so that no insert collides.</summary>
internal sealed record Identity(string Username, string Email)
{
    private static readonly string RunTag = Guid.NewGuid().ToString("N")[..6];
    private static long next;

    public static Identity Next()
    {
        var n = Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture);
        return new Identity($"b{RunTag}-{n}", $"b{RunTag}.{n}@bench.example.com");
    }
}

/// <param name="Completed">Pairs completed inside the window: the throughput.</param>
/// <param name="Finished">All pairs run, the tail after the window included: the divisor for SQL counts.</param>
/// <param name="Window">The round's length.</param>
/// <param name="LatenciesMs">Each completed pair's time, register and login together.</param>
internal sealed record RoundResult(int Completed, int Finished, TimeSpan Window, List<double> LatenciesMs)
{
    public double OpsPerSecond => Completed / Window.TotalSeconds;
}

internal static class Load
{
    /// <summary>
    /// <paramref name="concurrency"/> clients each run pairs back to back for <paramref name="window"/>; a pair counts
    /// when it completes inside the window. Pairs still in flight at the end are awaited and dropped.
    /// </summary>
    public static Task<RoundResult> RunAsync(BenchPath path, IReadOnlyList<HttpClient> clients, int concurrency, TimeSpan window) =>
        RunAsync(concurrency, window, async worker =>
        {
            var started = Stopwatch.GetTimestamp();
            await path.RunAsync(clients[worker], Identity.Next());
            return Stopwatch.GetElapsedTime(started);
        });

    /// <summary>
    /// <paramref name="concurrency"/> workers each run <paramref name="operation"/> back to back for
    /// <paramref name="window"/>; an operation counts when it completes inside the window, with the latency it
    /// returns (its whole time, or the part of it that is measured). Operations still in flight at the end are
    /// awaited and dropped.
    /// </summary>
    public static async Task<RoundResult> RunAsync(int concurrency, TimeSpan window, Func<int, Task<TimeSpan>> operation)
    {
        var latencies = new List<double>[concurrency];
        var finished = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = [];
            while (clock.Elapsed < window)
            {
                var latency = await operation(i);
                Interlocked.Increment(ref finished);
                if (clock.Elapsed <= window)
                {
                    mine.Add(latency.TotalMilliseconds);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).ToList();
        return new RoundResult(all.Count, finished, window, all);
    }

    /// <summary>
    /// <paramref name="concurrency"/> workers each run <paramref name="count"/> operations back to back. The round's
    /// window is the wall time they took, so that operations lasting seconds are counted exactly rather than as
    /// the few that happen to end inside a fixed window.
    /// </summary>
    public static async Task<RoundResult> RunCountAsync(int concurrency, int count, Func<int, Task<TimeSpan>> operation)
    {
        var latencies = new List<double>[concurrency];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = [];
            for (var n = 0; n < count; n++)
            {
                mine.Add((await operation(i)).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).ToList();
        return new RoundResult(all.Count, all.Count, clock.Elapsed, all);
    }

    /// <summary>Runs <paramref name="count"/> pairs one after another.</summary>
    public static async Task RunCountAsync(BenchPath path, HttpClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await path.RunAsync(client, Identity.Next());
        }
    }

    public static double Percentile(List<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
