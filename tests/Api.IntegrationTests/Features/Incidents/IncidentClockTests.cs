using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Incidents;

namespace Pixyer.Api.IntegrationTests.Features.Incidents;

/// <summary>The 72 hours to the authority: reminders at 24 h and 60 h, overdue at 72 h, and a late report's reason.</summary>
[Trait("Obligation", "P3")]
public sealed class IncidentClockTests(PixyerApiFactory app) : IncidentTest(app)
{
    private const string ReminderSubject = "report to the authority due";

    [Fact]
    public async Task WithoutAReport_TheOfficersShouldBeRemindedAt24And60Hours_AndTheIncidentBeOverdueAt72()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var discovered = App.Clock.GetUtcNow();
        var incident = await DeclareAsync(officer, Uploaders, discovered);
        Assert.Equal(discovered.AddHours(72), incident.GetProperty("regulatorReportDueAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));

        Assert.Equal(0, await RunClockAsync());
        App.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(1, await RunClockAsync());
        Assert.Equal(0, await RunClockAsync());
        App.Clock.Advance(TimeSpan.FromHours(35));
        Assert.Equal(0, await RunClockAsync());
        App.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await RunClockAsync());
        Assert.False((await GetIncidentAsync(officer, incident)).GetProperty("overdue").GetBoolean());
        Assert.Empty(await OverdueAsync(officer));

        App.Clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal(1, await RunClockAsync());
        Assert.Equal(0, await RunClockAsync());
        await Mailbox.DeliverAsync();

        var subjects = Mailbox.To(officer.User.Email).Select(m => m.Subject ?? "").Where(s => s.Contains(incident.GetProperty("id").GetString()!, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, subjects.Count(s => s.Contains(ReminderSubject, StringComparison.Ordinal)));
        Assert.Single(subjects, s => s.EndsWith("overdue", StringComparison.Ordinal));
        Assert.True((await GetIncidentAsync(officer, incident)).GetProperty("overdue").GetBoolean());
        Assert.Equal(incident.GetProperty("id").GetGuid(), Assert.Single(await OverdueAsync(officer)).GetProperty("id").GetGuid());
        var timeline = (await GetIncidentAsync(officer, incident)).GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["declared", "report_reminder_sent", "report_reminder_sent", "report_overdue"], timeline);
    }

    [Fact]
    public async Task AReportInTime_ShouldStopTheReminders_AndNeedNoReason()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var discovered = App.Clock.GetUtcNow();
        var incident = await DeclareAsync(officer, Uploaders, discovered);

        var report = await RecordReportAsync(officer, incident, App.Clock.GetUtcNow(), delayReason: null);
        await Expect.StatusAsync(report, HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromHours(80));

        Assert.Equal(0, await RunClockAsync());
        var read = await GetIncidentAsync(officer, incident);
        Assert.False(read.GetProperty("overdue").GetBoolean());
        var recorded = Assert.Single(read.GetProperty("regulatorReports").EnumerateArray());
        Assert.Equal(("CNIL", "initial"), (recorded.GetProperty("authority").GetString(), recorded.GetProperty("phase").GetString()));
    }

    [Fact]
    public async Task AFirstReportAfter72Hours_ShouldNeedTheReasonForTheDelay()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var incident = await DeclareAsync(officer, Uploaders, App.Clock.GetUtcNow());
        App.Clock.Advance(TimeSpan.FromHours(73));

        await Expect.ProblemAsync(
            await RecordReportAsync(officer, incident, App.Clock.GetUtcNow(), delayReason: null),
            HttpStatusCode.UnprocessableEntity,
            "report-delay-reason-required");
        await Expect.StatusAsync(
            await RecordReportAsync(officer, incident, App.Clock.GetUtcNow(), "The breach's extent was only known after the forensic image was analysed."),
            HttpStatusCode.Created);

        var read = await GetIncidentAsync(officer, incident);
        Assert.False(read.GetProperty("overdue").GetBoolean());
        Assert.StartsWith("The breach's extent", read.GetProperty("regulatorReports")[0].GetProperty("delayReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportSentBeforeTheDiscovery_ShouldBeRefused()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var discovered = App.Clock.GetUtcNow().AddHours(-2);
        var incident = await DeclareAsync(officer, Uploaders, discovered);

        await Expect.ProblemAsync(
            await RecordReportAsync(officer, incident, discovered.AddHours(-1), delayReason: null),
            HttpStatusCode.UnprocessableEntity,
            "report-before-discovery");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task TheReportAfterTheLastAllowed_ShouldAnswer422AndStoreNothing()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var discovered = App.Clock.GetUtcNow().AddHours(-2);
        var incident = await DeclareAsync(officer, Uploaders, discovered);
        await WithDatabaseAsync(async db =>
        {
            var stored = await db.Incidents.Include(i => i.Timeline).Include(i => i.Reports)
                .SingleAsync(i => i.Id == new IncidentId(incident.GetProperty("id").GetGuid()));
            while (stored.Reports.Count < Incident.MaxReports - 1)
            {
                stored.RecordReport("CNIL", "NOTIF-2026-0042", ReportPhase.FollowUp, discovered, "More facts.", null, new AccountId(officer.User.Id), discovered);
            }

            return await db.SaveChangesAsync();
        });

        await Expect.StatusAsync(await RecordReportAsync(officer, incident, discovered.AddHours(1), delayReason: null), HttpStatusCode.Created);
        await Expect.ProblemAsync(
            await RecordReportAsync(officer, incident, discovered.AddHours(1), delayReason: null), HttpStatusCode.UnprocessableEntity, "incident-report-limit");

        var details = await GetIncidentAsync(officer, incident);
        Assert.Equal(Incident.MaxReports, details.GetProperty("regulatorReports").GetArrayLength());
        Assert.InRange(details.GetProperty("timeline").GetArrayLength(), Incident.MaxReports, Incident.MaxTimelineEvents);
    }

    private static Task<HttpResponseMessage> RecordReportAsync(SignedIn officer, JsonElement incident, DateTimeOffset sentAt, string? delayReason) =>
        officer.Client.PostAsJsonAsync(
            $"{Incidents}/{incident.GetProperty("id")}/regulator-reports",
            new { authority = "CNIL", reference = "NOTIF-2026-0042", phase = "initial", sentAt, content = "Initial notification of the breach.", delayReason });

    private static async Task<IReadOnlyList<JsonElement>> OverdueAsync(SignedIn staff) =>
        (await staff.Client.GetFromJsonAsync<JsonElement>($"{Incidents}?overdue=true")).GetProperty("items").EnumerateArray().ToList();
}
