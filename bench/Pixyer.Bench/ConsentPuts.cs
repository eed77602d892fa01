using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Pixyer.Bench;

/// <summary>
/// Audited consent changes as a signed-in person makes them: <c>PUT /api/v1/me/consents/marketing_email</c>, granted
/// and withdrawn in turn, by one account per client, each with its bearer token. Scenarios <c>consent-put</c> and
/// <c>sequencer-delay</c> load the API with them.
/// </summary>
internal sealed class ConsentPuts : IDisposable
{
    public const string Path = "/api/v1/me/consents/marketing_email";
    public const string RequestName = "SetMyConsentCommand";

    private readonly HttpClient[] clients;
    private readonly bool[] granted;

    private ConsentPuts(HttpClient[] clients)
    {
        this.clients = clients;
        granted = new bool[clients.Length];
    }

    public int Accounts => clients.Length;

    /// <summary>Registers and logs in <paramref name="accounts"/> accounts through the API, one client each.</summary>
    public static async Task<ConsentPuts> SignUpAsync(BenchApi api, int accounts)
    {
        var clients = new HttpClient[accounts];
        for (var i = 0; i < accounts; i++)
        {
            using var signUp = api.NewClient();
            var account = await BenchHttp.SignUpAsync(signUp);
            clients[i] = api.NewClient();
            clients[i].DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
        }

        return new ConsentPuts(clients);
    }

    /// <summary>One PUT by client <paramref name="worker"/>, the opposite of its previous choice; its latency.</summary>
    public async Task<TimeSpan> PutAsync(int worker)
    {
        var choice = granted[worker] = !granted[worker];
        var started = Stopwatch.GetTimestamp();
        await BenchHttp.SendAsync(clients[worker], HttpMethod.Put, Path, new { granted = choice }, HttpStatusCode.OK);
        return Stopwatch.GetElapsedTime(started);
    }

    public Task<RoundResult> RunAsync(int concurrency, TimeSpan window) => Load.RunAsync(concurrency, window, PutAsync);

    public void Dispose()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
