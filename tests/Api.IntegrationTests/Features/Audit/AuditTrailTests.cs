using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Auditing;

namespace Pixyer.Api.IntegrationTests.Features.Audit;

public sealed class AuditTrailTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "P1")]
    [Trait("Obligation", "G2")]
    public async Task Verify_After50ConcurrentMixedCommandsAreSequenced_ShouldFindEveryEntryInAContiguousSignedLog()
    {
        var admin = await SignUpAdminAsync();
        var people = new List<SignedIn>();
        for (var i = 0; i < 5; i++)
        {
            people.Add(await SignUpAsync());
        }

        var commands = Enumerable.Range(0, 50).Select(i => (i % 5) switch
        {
            0 => Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(Unique("conc"), $"{Unique("conc")}@example.com")),
            1 => Client.PostAsJsonAsync("/api/v1/sessions", new { email = people[i % 5].User.Email, password = GoodPassword }),
            2 => people[i % 5].Client.PatchAsJsonAsync("/api/v1/me", new { username = Unique("n") }),
            3 => Client.PostAsJsonAsync("/api/v1/sessions", new { email = people[i % 5].User.Email, password = "Wrong-Password-1" }),
            _ => Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody("x!", "bad")),
        });
        var responses = await Task.WhenAll(commands);
        Assert.DoesNotContain(responses, r => (int)r.StatusCode >= 500);

        await AuditLog.SequenceAsync(App.Services);
        var report = await AuditLog.VerifyAsync(admin.Client);

        Assert.True(report.GetProperty("valid").GetBoolean(), report.ToString());
        var stored = await WithDatabaseAsync(db => db.AuditEntries.Select(e => e.Sequence).ToListAsync());
        Assert.Equal(stored.Count, report.GetProperty("entries").GetInt64());
        Assert.Equal(stored.Count, report.GetProperty("latestCheckpoint").GetProperty("treeSize").GetInt64());
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(n => (long?)n), stored.Order());
        Assert.True(stored.Count >= 50 + 5 * 3, $"expected every command audited, found {stored.Count}");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    [Trait("Obligation", "G2")]
    public async Task AuditEntries_ShouldHoldIdsOnlyAndRecordRefusalsWithTheirProblemType()
    {
        var me = await SignUpAsync();
        await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(Unique("other"), me.User.Email)); // accepted, about me
        await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(me.User.Username, $"{Unique("other")}@example.com")); // name taken

        var columnsHoldingThePerson = (await DatabaseScan.FindAsync(App, me.User.Email)).Concat(await DatabaseScan.FindAsync(App, me.User.Username));
        var entries = await WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());

        Assert.DoesNotContain(columnsHoldingThePerson, c => c.StartsWith("audit_entries.", StringComparison.Ordinal));
        Assert.Equal(2, entries.Count(e => e is { RequestName: "RegisterAccountCommand", Outcome: AuditOutcome.Succeeded } && e.SubjectId == me.User.Id));
        Assert.Contains(entries, e => e is { RequestName: "LogInCommand", Outcome: AuditOutcome.Succeeded } && e.ActorId == null && e.SubjectId == me.User.Id);
        Assert.Contains(entries, e => e is { RequestName: "RegisterAccountCommand", Outcome: AuditOutcome.Refused, ProblemType: "conflict" });
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task ListAudit_WhenStaffReadASubjectsEntries_ShouldFilterPageAndAuditTheReading()
    {
        var admin = await SignUpAdminAsync();
        var subject = await SignUpAsync();

        var page = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?subjectId={subject.User.Id}&pageSize=2");

        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() >= 3);
        Assert.All(page.GetProperty("items").EnumerateArray(), e => Assert.Equal(subject.User.Id, e.GetProperty("subjectId").GetGuid()));
        var reading = await WithDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.RequestName == "ListAuditEntriesQuery"));
        Assert.Equal(admin.User.Id, reading.ActorId);
        Assert.Equal("Admin", reading.ActorRole);
        Assert.Equal(subject.User.Id, reading.SubjectId);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task ListAudit_WhenFilteredByActorAndTime_ShouldReturnOnlyThose()
    {
        var admin = await SignUpAdminAsync();
        var from = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var me = await SignUpAsync();
        await me.Client.PatchAsJsonAsync("/api/v1/me", new { username = Unique("later") });

        var page = await admin.Client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/admin/audit?actorId={me.User.Id}&from={Uri.EscapeDataString(from.ToString("O"))}");

        var names = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("requestName").GetString()).ToList();
        Assert.Equal(["CorrectMyProfileCommand"], names);
    }
}
