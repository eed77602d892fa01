using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Rights;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Rights;

public sealed class RightsRequestDeadlineTests(PixyerApiFactory app) : RightsTest(app)
{
    [Fact]
    [Trait("Obligation", "G3")]
    public async Task ListOverdue_ShouldShowA31DayOldRequest_AndAnExtendedOneOnlyAfterItsNewDueDate()
    {
        var staff = await SignUpStaffAsync();
        var person = await SignUpAsync();
        var plain = await LogCorrectionAsync(staff, person, "Wrong date of birth");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var extended = await LogCorrectionAsync(staff, person, "Wrong username");
        await Expect.StatusAsync(
            await staff.Client.PostAsJsonAsync($"{RightsRequests}/{extended}/extension", new { days = 20, reason = "We are checking the records." }),
            HttpStatusCode.OK);

        App.Clock.Advance(TimeSpan.FromDays(31));
        var after31Days = await OverdueAsync(await SignInAgainAsync(staff));
        App.Clock.Advance(TimeSpan.FromDays(20));
        var after51Days = await OverdueAsync(await SignInAgainAsync(staff));

        var overdue = Assert.Single(after31Days);
        Assert.Equal((plain, "correction", person.User.Id, true), (overdue.GetProperty("id").GetGuid(), overdue.GetProperty("kind").GetString(),
            overdue.GetProperty("subjectId").GetGuid(), overdue.GetProperty("overdue").GetBoolean()));
        Assert.Equal([plain, extended], after51Days.Select(r => r.GetProperty("id").GetGuid()));
        Assert.Equal("We are checking the records.", after51Days[1].GetProperty("extensionReason").GetString());
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task ExtendRightsRequest_ShouldMailThePersonTheNewDueDateAndTheReason()
    {
        var staff = await SignUpStaffAsync();
        var person = await SignUpAsync();
        var id = await LogCorrectionAsync(staff, person, "Wrong date of birth");
        var dueAt = App.Clock.GetUtcNow().AddDays(30 + 45);

        var extended = await ReadAsync(
            await staff.Client.PostAsJsonAsync($"{RightsRequests}/{id}/extension", new { days = 45, reason = "The documents are with our lawyer." }),
            HttpStatusCode.OK);

        Assert.Equal(dueAt, extended.GetProperty("dueAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var mail = await Mailbox.DeliverAndReadLastAsync(person.User.Email);
        Assert.Contains("more time", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(dueAt.ToString("yyyy-MM-dd"), mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("The documents are with our lawyer.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "A2")]
    public async Task ExtendGuardianRequest_ShouldMailTheGuardian()
    {
        var staff = await SignUpStaffAsync();
        var id = await SubmitGuardianRequestAsync("mum@example.org", "some-kid");

        await Expect.StatusAsync(
            await staff.Client.PostAsJsonAsync($"{RightsRequests}/{id}/extension", new { days = 30, reason = "We are waiting for your documents." }),
            HttpStatusCode.OK);

        var mail = await Mailbox.DeliverAndReadLastAsync("mum@example.org");
        Assert.Contains("We are waiting for your documents.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(App.Clock.GetUtcNow().AddDays(60).ToString("yyyy-MM-dd"), mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task ExtendRightsRequest_ASecondTime_OrWhenClosed_ShouldAnswer422_AndBeyond60Days400()
    {
        var staff = await SignUpStaffAsync();
        var person = await SignUpAsync();
        var once = await LogCorrectionAsync(staff, person, "Wrong email");
        var tooLong = await LogCorrectionAsync(staff, person, "Wrong name");
        var closed = await LogCorrectionAsync(staff, person, "Wrong birthday");
        await Expect.StatusAsync(await staff.Client.PostAsync($"{RightsRequests}/{closed}/close", null), HttpStatusCode.OK);
        await Expect.StatusAsync(await staff.Client.PostAsJsonAsync($"{RightsRequests}/{once}/extension", new { days = 10, reason = "Busy" }), HttpStatusCode.OK);

        await Expect.ProblemAsync(
            await staff.Client.PostAsJsonAsync($"{RightsRequests}/{once}/extension", new { days = 10, reason = "Busy" }),
            HttpStatusCode.UnprocessableEntity, "extension-not-allowed");
        foreach (var days in new[] { 61, 0, int.MaxValue })
        {
            // Outside 1 to 60 days the request's validator refuses it, as the OpenAPI document states (minimum, maximum).
            var outOfRange = await Expect.ProblemAsync(
                await staff.Client.PostAsJsonAsync($"{RightsRequests}/{tooLong}/extension", new { days, reason = "Busy" }),
                HttpStatusCode.BadRequest, "validation");
            Assert.True(outOfRange.GetProperty("errors").TryGetProperty("days", out _));
        }

        await Expect.ProblemAsync(
            await staff.Client.PostAsJsonAsync($"{RightsRequests}/{closed}/extension", new { days = 10, reason = "Busy" }),
            HttpStatusCode.UnprocessableEntity, "extension-not-allowed");
        await Expect.StatusAsync(await staff.Client.PostAsJsonAsync($"{RightsRequests}/{tooLong}/extension", new { days = 10, reason = "" }), HttpStatusCode.BadRequest);
        await Expect.ProblemAsync(
            await staff.Client.PostAsJsonAsync($"{RightsRequests}/{Guid.NewGuid()}/extension", new { days = 10, reason = "Busy" }),
            HttpStatusCode.NotFound, "not-found");
        var unextended = await WithDatabaseAsync(db => db.RightsRequests.SingleAsync(r => r.Id == new RightsRequestId(tooLong)));
        Assert.Equal(RightsRequest.ResponsePeriod, unextended.DueAt - unextended.ReceivedAt);
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task LogAndCloseCorrection_ShouldTrackTheDeadline_AndRefuseBadInput()
    {
        var staff = await SignUpStaffAsync();
        var person = await SignUpAsync();
        var id = await LogCorrectionAsync(staff, person, "Username has a typo");

        var closed = await ReadAsync(await staff.Client.PostAsync($"{RightsRequests}/{id}/close", null), HttpStatusCode.OK);
        var guardian = await SubmitGuardianRequestAsync("mum@example.org", "some-kid");

        Assert.NotEqual(JsonValueKind.Null, closed.GetProperty("closedAt").ValueKind);
        Assert.False(closed.GetProperty("overdue").GetBoolean());
        await Expect.ProblemAsync(await staff.Client.PostAsync($"{RightsRequests}/{guardian}/close", null), HttpStatusCode.UnprocessableEntity, "rights-request-closes-itself");
        await Expect.StatusAsync(await staff.Client.PostAsJsonAsync(RightsRequests, new { subjectId = person.User.Id, note = " " }), HttpStatusCode.BadRequest);
        await Expect.ProblemAsync(
            await staff.Client.PostAsJsonAsync(RightsRequests, new { subjectId = Guid.NewGuid(), note = "Fix it" }), HttpStatusCode.NotFound, "not-found");
        await Expect.StatusAsync(await staff.Client.GetAsync($"{RightsRequests}?kind=complaint"), HttpStatusCode.BadRequest);
        var export = await PersonalDataRegistry.ExportAsync(App.Services, person.User.Id);
        Assert.Equal("Username has a typo", Assert.Single(export["correction-requests"].EnumerateArray()).GetProperty("note").GetString());
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task Export_ShouldOpenARightsRequest_AndCloseItWhenTheArchiveIsReady()
    {
        var staff = await SignUpStaffAsync();
        var person = await SignUpAsync();
        var accepted = await ReadAsync(await person.Client.PostAsync("/api/v1/me/exports", null), HttpStatusCode.Accepted);
        var id = accepted.GetProperty("id").GetGuid();

        var open = Assert.Single(Items(await ReadAsync(await staff.Client.GetAsync($"{RightsRequests}?kind=export"), HttpStatusCode.OK)));
        await App.Services.GetRequiredService<ExportWorker>().RunAsync("test-worker", CancellationToken.None);
        var done = Assert.Single(Items(await ReadAsync(await staff.Client.GetAsync($"{RightsRequests}?kind=export"), HttpStatusCode.OK)));

        Assert.Equal((id, person.User.Id, JsonValueKind.Null), (open.GetProperty("id").GetGuid(), open.GetProperty("subjectId").GetGuid(), open.GetProperty("closedAt").ValueKind));
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("closedAt").ValueKind);
        Assert.Equal(RightsRequestKind.Export, (await WithDatabaseAsync(db => db.RightsRequests.SingleAsync(r => r.Id == new RightsRequestId(id)))).Kind);
    }

    private static async Task<Guid> LogCorrectionAsync(SignedIn staff, SignedIn person, string note)
    {
        var logged = await ReadAsync(await staff.Client.PostAsJsonAsync(RightsRequests, new { subjectId = person.User.Id, note }), HttpStatusCode.Created);
        return logged.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement[]> OverdueAsync(HttpClient staff) =>
        Items(await ReadAsync(await staff.GetAsync($"{RightsRequests}?overdue=true"), HttpStatusCode.OK));
}
