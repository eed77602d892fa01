using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Incidents;
using Pixyer.Domain.Notices;
using Pixyer.Domain.Processing;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Incidents;

[Trait("Obligation", "P3")]
public sealed class IncidentTests
{
    private static readonly AccountId Officer = AccountId.New();

    [Fact]
    public void TheReportClock_ShouldRunFromDiscovery_NotFromDeclaration()
    {
        var incident = Declare(discoveredAt: Now.AddHours(-30));

        Assert.Equal(Now.AddHours(42), incident.ReportDueAt);
        Assert.Equal(TimeSpan.FromHours(24), incident.DueReminder(Now));
        Assert.False(incident.IsOverdue(Now));
        Assert.True(incident.IsOverdue(Now.AddHours(42)));
    }

    [Fact]
    public void AReminderMissedByALateRun_ShouldNotBeSentAfterTheLaterOne()
    {
        var incident = Declare(discoveredAt: Now);

        Assert.Equal(TimeSpan.FromHours(60), incident.DueReminder(Now.AddHours(61)));
        incident.RemindedOfReport(TimeSpan.FromHours(60), Now.AddHours(61));

        Assert.Equal(2, incident.RemindersSent);
        Assert.Null(incident.DueReminder(Now.AddHours(70)));
    }

    [Fact]
    public void ARecordedReport_ShouldEndTheClock()
    {
        var incident = Declare(discoveredAt: Now);
        incident.RecordReport("CNIL", "N-1", ReportPhase.Initial, Now.AddHours(10), "Initial", null, Officer, Now.AddHours(10));

        Assert.Null(incident.DueReminder(Now.AddHours(70)));
        Assert.False(incident.IsOverdue(Now.AddHours(100)));
        Assert.False(incident.RecordOverdue(Now.AddHours(100)));
    }

    [Fact]
    public void OnlyTheFirstReport_ShouldNeedAReasonWhenLate()
    {
        var incident = Declare(discoveredAt: Now);

        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            incident.RecordReport("CNIL", "N-1", ReportPhase.Initial, Now.AddHours(73), "Initial", " ", Officer, Now.AddHours(73)));
        incident.RecordReport("CNIL", "N-1", ReportPhase.Initial, Now.AddHours(73), "Initial", "Forensics took time", Officer, Now.AddHours(73));
        incident.RecordReport("CNIL", "N-1", ReportPhase.Final, Now.AddDays(20), "Final", null, Officer, Now.AddDays(20));

        Assert.Equal("report-delay-reason-required", refused.ProblemType);
        Assert.Equal(2, incident.Reports.Count);
    }

    [Fact]
    public void CompletingTheNotification_ShouldMakeTheIncidentNotifiedOnce()
    {
        var incident = Declare(discoveredAt: Now, affected: 3);
        incident.Advance(IncidentStatus.Contained, null, Officer, Now);
        Assert.True(incident.RequestNotification(Officer, Now));
        Assert.False(incident.RequestNotification(Officer, Now));

        incident.RecordNotified(2, 0, everyoneTold: false, Now);
        Assert.Equal(IncidentStatus.Contained, incident.Status);
        incident.RecordNotified(0, 1, everyoneTold: true, Now);
        incident.RecordNotified(0, 0, everyoneTold: true, Now);

        Assert.Equal((IncidentStatus.Notified, 2, 1), (incident.Status, incident.MailedCount, incident.PublicNoticeOnlyCount));
        Assert.Single(incident.Timeline, e => e.Kind == IncidentEventKind.NotificationCompleted);
    }

    [Fact]
    public void AClosedIncident_ShouldStayClosedWhenItsNotificationCompletes()
    {
        var incident = Declare(discoveredAt: Now);
        incident.RequestNotification(Officer, Now);
        incident.Advance(IncidentStatus.Closed, "Nothing to tell", Officer, Now);

        incident.RecordNotified(0, 0, everyoneTold: true, Now);

        Assert.Equal(IncidentStatus.Closed, incident.Status);
        Assert.Throws<BusinessRuleViolationException>(() => incident.Advance(IncidentStatus.Contained, null, Officer, Now));
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public void AnIncidentTakenThroughEveryStep_ShouldKeepItsTimelineWithinItsBound_AndRefuseTheReportAfterTheLast()
    {
        var incident = Declare(discoveredAt: Now);
        incident.RemindedOfReport(TimeSpan.FromHours(24), Now.AddHours(24));
        incident.RemindedOfReport(TimeSpan.FromHours(60), Now.AddHours(60));
        Assert.True(incident.RecordOverdue(Now.AddHours(73)));
        incident.Advance(IncidentStatus.Contained, null, Officer, Now.AddHours(73));
        incident.RequestNotification(Officer, Now.AddHours(73));
        incident.PublishedNotice(PublicNoticeId.New(), Now.AddHours(73));
        incident.RecordNotified(0, 1, everyoneTold: true, Now.AddHours(74));
        while (incident.Reports.Count < Incident.MaxReports)
        {
            incident.RecordReport("CNIL", "N-1", ReportPhase.Initial, Now.AddHours(80), "Report", "Forensics took time", Officer, Now.AddHours(80));
        }

        incident.Advance(IncidentStatus.Closed, null, Officer, Now.AddDays(10));
        var refused = Assert.Throws<BusinessRuleViolationException>(() =>
            incident.RecordReport("CNIL", "N-1", ReportPhase.Final, Now.AddDays(10), "Report", null, Officer, Now.AddDays(10)));

        Assert.Equal(("incident-report-limit", Incident.MaxReports), (refused.ProblemType, incident.Reports.Count));
        Assert.InRange(incident.Timeline.Count, Incident.MaxReports, Incident.MaxTimelineEvents);
        Assert.Equal(Enum.GetValues<IncidentEventKind>().Length, incident.Timeline.Select(e => e.Kind).Distinct().Count());
    }

    private static Incident Declare(DateTimeOffset discoveredAt, int affected = 1) =>
        Incident.Declare(
            new IncidentFacts(discoveredAt, null, null, "Nature", [DataCategory.Uploads, DataCategory.Uploads], "Systems", "Consequences", "Taken",
                "Proposed", "Advice", "Contact"),
            """{"kind":"all_accounts"}""",
            affected,
            Officer,
            Now);
}
