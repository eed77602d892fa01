using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Infrastructure.Jobs;
using Quartz;

namespace Pixyer.Api.IntegrationTests.Features.Audit;

/// <summary>The sequencer: entries wait unsequenced for a moment, then every one gets one number in one log, whichever node wrote or sequenced it.</summary>
[Trait("Obligation", "P1")]
[Trait("Obligation", "G2")]
public sealed class AuditSequencerTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public async Task ListAudit_BeforeTheSequencerRuns_ShouldShowNewEntriesFirstMarkedUnsequenced()
    {
        var admin = await SignUpAdminAsync();
        await AuditLog.SequenceAsync(App.Services);
        var numbered = await WithDatabaseAsync(db => db.AuditEntries.CountAsync());
        await SignUpAsync();

        var before = await ItemsAsync(admin.Client);
        await AuditLog.SequenceAsync(App.Services);
        var after = await ItemsAsync(admin.Client);

        var waiting = before.TakeWhile(e => !e.GetProperty("sequenced").GetBoolean()).ToList();
        Assert.NotEmpty(waiting);
        Assert.All(waiting, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("sequence").ValueKind));
        Assert.All(before.Skip(waiting.Count), e => Assert.True(e.GetProperty("sequenced").GetBoolean()));
        Assert.All(after, e => Assert.True(e.GetProperty("sequenced").GetBoolean()));
        Assert.Equal(
            Enumerable.Range(1, after.Count).Reverse().Select(n => (long)n),
            after.Select(e => e.GetProperty("sequence").GetInt64()));
        // The older entries kept their numbers; the new ones (and the first listing's own entry) came after them.
        Assert.Equal(numbered + waiting.Count + 1, after.Count);
    }

    [Fact]
    public async Task SequencerJob_WhenScheduled_ShouldSequenceCommittedEntriesOnItsOwn()
    {
        await using var node = App.WithSettings(new() { ["Pixyer:Audit:SequencingInterval"] = "00:00:01" });
        try
        {
            using var client = node.CreateApiClient();
            var registered = await client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(Unique("seq"), $"{Unique("seq")}@example.com"));
            await Expect.StatusAsync(registered, System.Net.HttpStatusCode.Accepted);

            // The scheduler keeps the host's time, which the tests hold still: each look moves it one interval on.
            await Eventually.TrueAsync(() =>
            {
                App.Clock.Advance(TimeSpan.FromSeconds(1));
                return WithDatabaseAsync(db => db.AuditEntries.AllAsync(e => e.Sequence != null));
            });
            var schedule = (await node.Services.GetRequiredService<Application.Common.Jobs.IJobScheduler>().ListAsync(CancellationToken.None))
                .Single(j => j.Key == AuditSequencerJob.Key.Name);
            Assert.Equal(TimeSpan.FromSeconds(1), schedule.Interval);
        }
        finally
        {
            // On PostgreSQL the trigger lives in the shared, clustered schedule: it must not fire on the other tests' host.
            var scheduler = await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.UnscheduleJob(new TriggerKey(AuditSequencerJob.Key.Name, AuditSequencerJob.Key.Group));
        }
    }

    [Fact]
    public async Task Sequencers_OnTwoNodesAtOnce_ShouldNumberEveryEntryOnceInOneVerifiableLog()
    {
        var admin = await SignUpAdminAsync();
        await using var second = App.WithSettings(new());
        using var secondClient = second.CreateApiClient();

        var writes = Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            (i % 2 == 0 ? Client : secondClient).PostAsJsonAsync("/api/v1/accounts", RegistrationBody(Unique("two"), $"{Unique("two")}@example.com"))));
        var sequencing = Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            await Task.Delay(50 * i);
            return await AuditLog.SequenceAsync(i % 2 == 0 ? App.Services : second.Services);
        }));
        await Task.WhenAll(writes, sequencing);
        await Task.WhenAll(AuditLog.SequenceAsync(App.Services), AuditLog.SequenceAsync(second.Services));
        await AuditLog.SequenceAsync(second.Services);
        using var secondAdmin = Bearer(second.CreateApiClient(), admin);
        var seenByFirst = await AuditLog.VerifyAsync(admin.Client);
        var seenBySecond = await AuditLog.VerifyAsync(secondAdmin);

        Assert.All((await writes).ToList(), r => Assert.Equal(System.Net.HttpStatusCode.Accepted, r.StatusCode));
        Assert.True(seenByFirst.GetProperty("valid").GetBoolean(), AuditLog.Describe(seenByFirst));
        Assert.True(seenBySecond.GetProperty("valid").GetBoolean(), AuditLog.Describe(seenBySecond));
        // The second host's own start-up jobs (expired-record purges) may audit a run after the last sequencing: those wait.
        var sequences = await WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Sequence != null).Select(e => e.Sequence!.Value).ToListAsync());
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(n => (long)n), sequences.Order());
        Assert.Equal(0, await WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.RequestName == "RegisterAccountCommand" && e.Sequence == null)));
        Assert.Equal(16 + 1, await WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.RequestName == "RegisterAccountCommand")));
    }

    [Fact]
    public async Task Verify_AfterARestart_ShouldFindTheLogAsItWasLeftAndExtendItWithTheSameKeys()
    {
        var admin = await SignUpAdminAsync();
        await AuditLog.SequenceAsync(App.Services);
        var key = await Client.GetFromJsonAsync<JsonElement>("/api/v1/privacy/audit-key");

        await using var restarted = App.WithSettings(new());
        using var client = Bearer(restarted.CreateApiClient(), admin);
        await Expect.StatusAsync(await client.PatchAsJsonAsync("/api/v1/me", new { username = Unique("restarted") }), System.Net.HttpStatusCode.OK);
        await AuditLog.SequenceAsync(restarted.Services);
        var report = await AuditLog.VerifyAsync(client);
        var keyAfter = await client.GetFromJsonAsync<JsonElement>("/api/v1/privacy/audit-key");

        Assert.True(report.GetProperty("valid").GetBoolean(), AuditLog.Describe(report));
        Assert.Equal(2, report.GetProperty("databaseCheckpoints").GetInt32());
        Assert.Equal(key.GetProperty("keyId").GetString(), keyAfter.GetProperty("keyId").GetString());
    }

    private static HttpClient Bearer(HttpClient client, SignedIn who)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", who.Session.Token);
        return client;
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient staff) =>
        (await staff.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
}
