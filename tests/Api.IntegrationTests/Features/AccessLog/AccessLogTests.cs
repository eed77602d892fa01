using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.AccessLog;
using Pixyer.Application.Features.AccessLog.TruncateAccessLogIps;
using Pixyer.Domain.AccessLog;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Jobs;
using Quartz;

namespace Pixyer.Api.IntegrationTests.Features.AccessLog;

public sealed class AccessLogTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string FirefoxOnLinux = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    /// <summary>TestServer has no client address; behind a trusted proxy the app takes it from X-Forwarded-For.</summary>
    private static readonly Dictionary<string, string> BehindProxy = new() { ["Pixyer:Http:TrustForwardedHeaders"] = "true" };

    [Fact]
    [Trait("Obligation", "C9")]
    public async Task SignedInRequest_ShouldBeLoggedWithRouteTemplateAndDeviceFactsButNoQueryString()
    {
        await using var proxied = App.WithSettings(BehindProxy);
        using var client = proxied.CreateApiClient();
        var me = await SignUpAsync();
        var secret = Unique("query-secret-");
        var unknownSession = Guid.NewGuid();

        await Expect.StatusAsync(
            await client.SendAsync(SignedInRequest(HttpMethod.Get, $"/api/v1/sessions?page=1&pageSize=5&q={secret}", me, "203.0.113.77")),
            HttpStatusCode.OK);
        await Expect.StatusAsync(
            await client.SendAsync(SignedInRequest(HttpMethod.Delete, $"/api/v1/sessions/{unknownSession}", me, "203.0.113.77")),
            HttpStatusCode.NotFound);
        await Expect.StatusAsync(
            await client.SendAsync(SignedInRequest(HttpMethod.Get, $"/api/v1/nowhere/{secret}", me, "203.0.113.77")),
            HttpStatusCode.NotFound);
        await Expect.StatusAsync(await Client.GetAsync($"/api/v1/me?q={secret}"), HttpStatusCode.Unauthorized);
        await Expect.StatusAsync(await BearerClient("not-a-session").GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);

        // Registration, verification and login were anonymous too: only the three signed-in requests are logged.
        var entries = await WithDatabaseAsync(db => db.AccessLog.AsNoTracking().ToListAsync());
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal(
            (me.User.Id, "203.0.113.77", false, "desktop", "Firefox", "Linux", "unknown"),
            (e.SubjectId.Value, e.IpAddress, e.IpTruncated, e.DeviceType, e.Browser, e.OperatingSystem, e.Country)));
        Assert.Contains(entries, e => (e.Method, e.RouteTemplate, e.StatusCode) == ("GET", "/api/v1/sessions", 200));
        // A failed request is logged with the status the client got, and with the template, not the id it named.
        Assert.Contains(entries, e => (e.Method, e.RouteTemplate, e.StatusCode) == ("DELETE", "/api/v1/sessions/{id:guid}", 404));
        Assert.Contains(entries, e => (e.Method, e.RouteTemplate, e.StatusCode) == ("GET", "unmatched", 404));
        Assert.Empty(await DatabaseScan.FindAsync(App, secret));
        Assert.Empty(await DatabaseScan.FindAsync(App, unknownSession.ToString()));
    }

    [Fact]
    [Trait("Obligation", "C9")]
    public async Task SignedInRequest_WhenNoClientAddressIsKnown_ShouldBeLoggedAsUnknown()
    {
        var me = await SignUpAsync();

        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);

        var entry = Assert.Single(await WithDatabaseAsync(db => db.AccessLog.AsNoTracking().ToListAsync()));
        Assert.Equal(("/api/v1/me", "unknown", "unknown"), (entry.RouteTemplate, entry.IpAddress, entry.DeviceType));
    }

    [Fact]
    [Trait("Obligation", "C9")]
    public async Task Recorder_WhenTheSubjectWasErasedByTheRequest_ShouldLogNothingAndNotFail()
    {
        var erased = new AccessRecord(AccountId.New(), "DELETE", "/api/v1/me", IPAddress.Parse("203.0.113.77"), FirefoxOnLinux, 204);

        await App.Services.GetRequiredService<IAccessLogRecorder>().RecordAsync(erased, CancellationToken.None);

        Assert.Equal(0, await WithDatabaseAsync(db => db.AccessLog.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "C9")]
    public async Task Truncation_ShouldCutFullIpsOlderThan30DaysAndKeepRecentOnes()
    {
        var me = await SignUpAsync();
        await AddEntriesAsync(me, "203.0.113.77", "2001:db8:85a3:8d3:1319:8a2e:370:7348");
        App.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        await AddEntriesAsync(me, "198.51.100.23");

        var truncated = await SendTruncationAsync();

        Assert.Equal(2, truncated);
        var addresses = await WithDatabaseAsync(db => db.AccessLog.AsNoTracking().Select(e => new { e.IpAddress, e.IpTruncated }).ToListAsync());
        Assert.Equal(
            [("198.51.100.23", false), ("2001:db8:85a3::", true), ("203.0.113.0", true)],
            addresses.Select(a => (a.IpAddress, a.IpTruncated)).Order());
        Assert.Equal(0, await SendTruncationAsync());
    }

    [Fact]
    [Trait("Obligation", "C9")]
    public async Task TruncationJob_WhenMoreThanOneBatchIsDue_ShouldTruncateEveryDueAddress()
    {
        var me = await SignUpAsync();
        await AddEntriesAsync(me, Enumerable.Repeat("203.0.113.77", TruncateAccessLogIpsCommand.BatchSize + 1).ToArray());
        App.Clock.Advance(TimeSpan.FromDays(31));
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(TruncateAccessLogIpsJob.Key);

        await Eventually.TrueAsync(async () => await WithDatabaseAsync(db => db.AccessLog.AllAsync(e => e.IpAddress == "203.0.113.0")));
    }

    [Fact]
    [Trait("Obligation", "C9")]
    public async Task AccessLog_ShouldBeExportedAndErasedWithItsSubjectOnly()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        await me.Client.GetAsync("/api/v1/sessions?page=1");
        await other.Client.GetAsync("/api/v1/me");

        var export = await PersonalDataRegistry.ExportAsync(App.Services, me.User.Id);
        await PersonalDataRegistry.EraseAsync(App.Services, me.User.Id);

        var exported = Assert.Single(export["access-log"].EnumerateArray());
        Assert.Equal(
            ("GET", "/api/v1/sessions", 200),
            (exported.GetProperty("method").GetString(), exported.GetProperty("routeTemplate").GetString(), exported.GetProperty("statusCode").GetInt32()));
        Assert.DoesNotContain(
            await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id), r => r.Category == "access-log");
        Assert.Equal([other.User.Id], await WithDatabaseAsync(db => db.AccessLog.Select(e => e.SubjectId.Value).ToListAsync()));
    }

    [Fact]
    [Trait("Obligation", "C9")]
    public async Task Country_WhenACountryDatabaseIsConfigured_ShouldBeLookedUpWithMaxMind()
    {
        Directory.CreateDirectory(App.DataDirectory);
        var database = Path.Combine(App.DataDirectory, $"countries-{Guid.NewGuid():N}.mmdb");
        CountryDatabaseFile.Write(database, new Dictionary<string, string> { ["203.0.113.0/24"] = "GB", ["198.51.100.0/25"] = "DE" });
        await using var located = App.WithSettings(new(BehindProxy) { ["Pixyer:GeoIp:CountryDatabasePath"] = database });
        var geo = located.Services.GetRequiredService<IGeoLocator>();

        Assert.Equal(["GB", "DE"], new[] { "203.0.113.77", "198.51.100.1" }.Select(geo.CountryOf));
        Assert.All(
            new[] { "198.51.100.200", "192.0.2.1", "10.1.2.3", "192.168.0.10", "127.0.0.1", "::1", "2001:db8::1", "fe80::1", "nonsense", null },
            address => Assert.Equal("unknown", geo.CountryOf(address)));

        var me = await SignUpAsync();
        using var client = located.CreateApiClient();
        await Expect.StatusAsync(await client.SendAsync(SignedInRequest(HttpMethod.Get, "/api/v1/me", me, "203.0.113.77")), HttpStatusCode.OK);
        Assert.Equal("GB", Assert.Single(await WithDatabaseAsync(db => db.AccessLog.Select(e => e.Country).ToListAsync())));
    }

    [Fact]
    [Trait("Obligation", "C9")]
    public async Task Startup_WhenTheConfiguredCountryDatabaseIsMissing_ShouldFail()
    {
        await using var misconfigured = App.WithSettings(new() { ["Pixyer:GeoIp:CountryDatabasePath"] = "/nonexistent/countries.mmdb" });

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.Services);

        Assert.Contains("Pixyer:GeoIp:CountryDatabasePath", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "C9")]
    public void Country_WhenNoDatabaseIsConfigured_ShouldBeUnknown() =>
        Assert.Equal("unknown", App.Services.GetRequiredService<IGeoLocator>().CountryOf("203.0.113.77"));

    private static HttpRequestMessage SignedInRequest(HttpMethod method, string uri, SignedIn who, string clientAddress)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", who.Session.Token);
        request.Headers.UserAgent.ParseAdd(FirefoxOnLinux);
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return request;
    }

    private Task<int> AddEntriesAsync(SignedIn who, params string[] addresses) =>
        WithDatabaseAsync(db =>
        {
            db.AccessLog.AddRange(addresses.Select(address => AccessLogEntry.Record(
                new AccountId(who.User.Id), App.Clock.GetUtcNow(), "GET", "/api/v1/me", address, "desktop", "Firefox", "Linux", "unknown", 200)));
            return db.SaveChangesAsync();
        });

    private Task<int> SendTruncationAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new TruncateAccessLogIpsCommand(), CancellationToken.None);
}
