using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Load;

/// <summary>One answered (or failed) request: what it was, when it started (since the run began), how long it took, its status (0: no answer).</summary>
internal sealed record Sample(string Operation, TimeSpan At, double Milliseconds, int Status, bool RetryAfter);

/// <summary>
/// Closed-loop clients, each an account of its own, sending a mix of what people do: reads, uploads of PNGs made in code,
/// generations, exports, consent changes. Each request goes to the next running node (round-robin). Counts the commands
/// the API accepted, which <see cref="Reconciliation"/> then finds in the database.
/// </summary>
internal sealed class Traffic(Cluster cluster, IReadOnlyList<LoadAccount> accounts, bool withExports = true)
{
    private static readonly string[] Templates = ["studio", "gradient", "surface_shadow"];
    private static readonly string[] Formats = ["square", "story", "banner"];
    private static readonly string[] Purposes = ["analytics_cookies", "advertising_cookies", "model_improvement"];
    private static readonly byte[][] Photos = [TestImages.Png(480, 360), TestImages.Png(360, 480), TestImages.Png(400, 400)];

    private readonly ConcurrentQueue<Sample> samples = new();
    private readonly Stopwatch clock = new();
    private int uploads;
    private int generations;
    private int formatsRequested;
    private int exports;
    private int consentChanges;
    private volatile bool stopped;

    public IReadOnlyCollection<Sample> Samples => samples;

    public Sent Sent => new(accounts.Count, uploads, generations, formatsRequested, exports, consentChanges);

    /// <summary>Every client sends requests back to back until <paramref name="duration"/> is over or <see cref="Stop"/> is called.</summary>
    public async Task RunAsync(TimeSpan duration)
    {
        clock.Restart();
        await Task.WhenAll(accounts.Select((account, i) => Task.Run(() => ClientAsync(account, new Random(i), duration))));
    }

    /// <summary>Ends the run: each client finishes the request in hand.</summary>
    public void Stop() => stopped = true;

    /// <summary>The time since <see cref="RunAsync"/> began, to mark events (a kill, an outage) on the same axis as the samples.</summary>
    public TimeSpan Now => clock.Elapsed;

    private async Task ClientAsync(LoadAccount account, Random random, TimeSpan duration)
    {
        var state = new ClientState();
        while (clock.Elapsed < duration && !stopped)
        {
            var roll = random.Next(100);
            if (state.Uploads.Count == 0 || roll < 12)
            {
                var body = await SendAsync("upload", HttpMethod.Post, "/api/v1/uploads", Http.Upload(Photos[random.Next(Photos.Length)]), account, HttpStatusCode.Created);
                if (body is not null)
                {
                    state.Uploads.Add(Http.IdOf(body));
                    Interlocked.Increment(ref uploads);
                }
            }
            else if (roll < 20)
            {
                var formats = Formats.OrderBy(_ => random.Next()).Take(1 + random.Next(Formats.Length)).ToArray();
                var request = JsonContent.Create(new { uploadId = state.Uploads[random.Next(state.Uploads.Count)], template = Templates[random.Next(Templates.Length)], formats });
                var body = await SendAsync("generation", HttpMethod.Post, "/api/v1/generations", request, account, HttpStatusCode.Accepted);
                if (body is not null)
                {
                    state.Generations.Add(Http.IdOf(body));
                    Interlocked.Increment(ref generations);
                    Interlocked.Add(ref formatsRequested, formats.Length);
                }
            }
            else if (roll < 24 && withExports && state.Export is null)
            {
                var body = await SendAsync("export", HttpMethod.Post, "/api/v1/me/exports", null, account, HttpStatusCode.Accepted);
                if (body is not null)
                {
                    state.Export = Http.IdOf(body);
                    Interlocked.Increment(ref exports);
                }
            }
            else if (roll < 44)
            {
                var purpose = Purposes[random.Next(Purposes.Length)];
                var granted = !state.Granted.GetValueOrDefault(purpose);
                if (await SendAsync("consent", HttpMethod.Put, $"/api/v1/me/consents/{purpose}", JsonContent.Create(new { granted }), account, HttpStatusCode.OK) is not null)
                {
                    state.Granted[purpose] = granted;
                    Interlocked.Increment(ref consentChanges);
                }
            }
            else
            {
                await ReadAsync(account, state, random);
            }
        }
    }

    private async Task ReadAsync(LoadAccount account, ClientState state, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                await SendAsync("read", HttpMethod.Get, "/api/v1/me/consents", null, account, HttpStatusCode.OK);
                break;
            case 1:
                await SendAsync("read", HttpMethod.Get, "/api/v1/uploads", null, account, HttpStatusCode.OK);
                break;
            case 2 when state.Generations.Count > 0:
                await SendAsync("read", HttpMethod.Get, $"/api/v1/generations/{state.Generations[^1]}", null, account, HttpStatusCode.OK);
                break;
            case 3 when state.Export is { } export:
                var body = await SendAsync("read", HttpMethod.Get, $"/api/v1/me/exports/{export}", null, account, HttpStatusCode.OK);
                if (body is not null && body.Contains("\"ready\"", StringComparison.Ordinal))
                {
                    state.Export = null; // the next export may be asked for once this one is ready
                }

                break;
            default:
                await SendAsync("read", HttpMethod.Get, "/api/v1/me", null, account, HttpStatusCode.OK);
                break;
        }
    }

    /// <summary>The answer's body when it has <paramref name="expected"/> status, else null; every request is sampled.</summary>
    private async Task<string?> SendAsync(string operation, HttpMethod method, string path, HttpContent? content, LoadAccount account, HttpStatusCode expected)
    {
        var at = clock.Elapsed;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await Http.SendAsync(cluster.Next().Client, method, path, content, account.Token);
            var body = await response.Content.ReadAsStringAsync();
            samples.Enqueue(new Sample(operation, at, Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)response.StatusCode, response.Headers.RetryAfter is not null));
            return response.StatusCode == expected ? body : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            samples.Enqueue(new Sample(operation, at, Stopwatch.GetElapsedTime(started).TotalMilliseconds, 0, RetryAfter: false));
            await Task.Delay(100); // a node that is down refuses at once; do not spin
            return null;
        }
    }

    private sealed class ClientState
    {
        public List<Guid> Uploads { get; } = [];

        public List<Guid> Generations { get; } = [];

        public Dictionary<string, bool> Granted { get; } = [];

        public Guid? Export { get; set; }
    }
}

/// <summary>The commands the API accepted during a run (2xx), by kind; formats are the assets the generations must produce.</summary>
internal sealed record Sent(int Accounts, int Uploads, int Generations, int Formats, int Exports, int ConsentChanges);
