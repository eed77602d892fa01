using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Notices;
using Pixyer.Domain.Processing;

namespace Pixyer.Domain.Incidents;

/// <summary>
/// A personal-data breach as the breach log keeps it, whatever its severity (obligation P3, GDPR 33(5)): the facts,
/// who it affected (the server's selection and its count), the 72-hour clock to the authority, the reports, the
/// notification of the people and the public notice, and a timeline of every change.
/// </summary>
public sealed class Incident
{
    public const int TextMaxLength = 4000;
    public const int ContactPointMaxLength = 500;

    /// <summary>The reports one incident records: the first report and its phased follow-ups, to every authority concerned.</summary>
    public const int MaxReports = 50;

    /// <summary>
    /// The most events a timeline holds: one per report, and at most ten others, which each happen once or a fixed
    /// number of times (declared; three forward status changes; notification requested and completed; the public
    /// notice; the two reminders; overdue).
    /// </summary>
    public const int MaxTimelineEvents = MaxReports + 10;

    /// <summary>GDPR 33(1): the authority is told within 72 hours of discovery.</summary>
    public static readonly TimeSpan ReportWindow = TimeSpan.FromHours(72);

    /// <summary>When the privacy officers are reminded while no report is recorded.</summary>
    public static readonly IReadOnlyList<TimeSpan> ReportReminders = [TimeSpan.FromHours(24), TimeSpan.FromHours(60)];

    private readonly List<IncidentEvent> timeline = [];
    private readonly List<RegulatorReport> reports = [];

    private Incident()
    {
    }

    public IncidentId Id { get; private set; }

    public AccountId DeclaredBy { get; private set; }

    public DateTimeOffset DeclaredAt { get; private set; }

    public DateTimeOffset DiscoveredAt { get; private set; }

    public DateTimeOffset? OccurredFrom { get; private set; }

    public DateTimeOffset? OccurredTo { get; private set; }

    public string Nature { get; private set; } = "";

    public IReadOnlyList<DataCategory> DataCategories { get; private set; } = [];

    public string Systems { get; private set; } = "";

    public string LikelyConsequences { get; private set; } = "";

    public string MeasuresTaken { get; private set; } = "";

    public string MeasuresProposed { get; private set; } = "";

    public string SubjectAdvice { get; private set; } = "";

    public string ContactPoint { get; private set; } = "";

    /// <summary>The rule the affected people were selected by, as the API took it.</summary>
    public string AffectedSelector { get; private set; } = "";

    public int AffectedCount { get; private set; }

    public IncidentStatus Status { get; private set; }

    public DateTimeOffset ReportDueAt { get; private set; }

    /// <summary>How many of <see cref="ReportReminders"/> have gone out.</summary>
    public int RemindersSent { get; private set; }

    public bool OverdueRecorded { get; private set; }

    public DateTimeOffset? NotificationRequestedAt { get; private set; }

    public int MailedCount { get; private set; }

    /// <summary>Affected people without a verified address, told by the public notice only.</summary>
    public int PublicNoticeOnlyCount { get; private set; }

    public DateTimeOffset? NotificationCompletedAt { get; private set; }

    public PublicNoticeId? PublicNoticeId { get; private set; }

    public IReadOnlyList<IncidentEvent> Timeline => timeline;

    public IReadOnlyList<RegulatorReport> Reports => reports;

    public bool IsNotificationComplete => NotificationCompletedAt is not null;

    public static Incident Declare(IncidentFacts facts, string affectedSelector, int affectedCount, AccountId declaredBy, DateTimeOffset now)
    {
        var incident = new Incident
        {
            Id = IncidentId.New(),
            DeclaredBy = declaredBy,
            DeclaredAt = now,
            DiscoveredAt = facts.DiscoveredAt,
            OccurredFrom = facts.OccurredFrom,
            OccurredTo = facts.OccurredTo,
            Nature = facts.Nature,
            DataCategories = facts.DataCategories.Distinct().ToList(),
            Systems = facts.Systems,
            LikelyConsequences = facts.LikelyConsequences,
            MeasuresTaken = facts.MeasuresTaken,
            MeasuresProposed = facts.MeasuresProposed,
            SubjectAdvice = facts.SubjectAdvice,
            ContactPoint = facts.ContactPoint,
            AffectedSelector = affectedSelector,
            AffectedCount = affectedCount,
            Status = IncidentStatus.Open,
            ReportDueAt = facts.DiscoveredAt + ReportWindow,
        };
        incident.Record(IncidentEventKind.Declared, $"{affectedCount} affected", declaredBy, now);
        return incident;
    }

    /// <summary>No report is recorded and the 72 hours have passed.</summary>
    public bool IsOverdue(DateTimeOffset now) => reports.Count == 0 && now >= ReportDueAt;

    /// <summary>Moves the handling forward; <see cref="IncidentStatus.Notified"/> comes from completing the notification.</summary>
    public void Advance(IncidentStatus to, string? note, AccountId actor, DateTimeOffset now)
    {
        BusinessRules.Check(new IncidentStatusMovesForwardRule(Status, to, IsNotificationComplete));
        Status = to;
        Record(IncidentEventKind.StatusChanged, note, actor, now);
    }

    public RegulatorReport RecordReport(
        string authority, string reference, ReportPhase phase, DateTimeOffset sentAt, string content, string? delayReason,
        AccountId actor, DateTimeOffset now)
    {
        BusinessRules.Check(new CountLimitRule(
            "incident-report-limit", $"An incident records at most {MaxReports} regulator reports.", reports.Count, MaxReports));
        BusinessRules.Check(new ReportSentAfterDiscoveryRule(DiscoveredAt, sentAt));
        BusinessRules.Check(new LateReportNeedsReasonRule(reports.Count == 0 && sentAt > ReportDueAt, delayReason));
        var report = RegulatorReport.Of(Id, authority, reference, phase, sentAt, content, delayReason, actor, now);
        reports.Add(report);
        Record(IncidentEventKind.RegulatorReportRecorded, report.Id.ToString(), actor, now);
        return report;
    }

    /// <summary>The reminder due now, as its offset from discovery (the latest one when several are), or null.</summary>
    public TimeSpan? DueReminder(DateTimeOffset now)
    {
        if (reports.Count > 0)
        {
            return null;
        }

        var due = ReportReminders.Count(offset => now >= DiscoveredAt + offset);
        return due > RemindersSent ? ReportReminders[due - 1] : null;
    }

    public void RemindedOfReport(TimeSpan reminder, DateTimeOffset now)
    {
        RemindersSent = ReportReminders.Count(offset => offset <= reminder);
        Record(IncidentEventKind.ReportReminderSent, $"{reminder.TotalHours:0}h", null, now);
    }

    /// <summary>Records, once, that the deadline passed without a report; answers whether this call recorded it.</summary>
    public bool RecordOverdue(DateTimeOffset now)
    {
        if (OverdueRecorded || !IsOverdue(now))
        {
            return false;
        }

        OverdueRecorded = true;
        Record(IncidentEventKind.ReportOverdue, null, null, now);
        return true;
    }

    /// <summary>Starts notifying the affected people; answers false when it was already started (the call is idempotent).</summary>
    public bool RequestNotification(AccountId actor, DateTimeOffset now)
    {
        if (NotificationRequestedAt is not null)
        {
            return false;
        }

        NotificationRequestedAt = now;
        Record(IncidentEventKind.NotificationRequested, null, actor, now);
        return true;
    }

    /// <summary>Counts a batch of people told; <paramref name="everyoneTold"/> when none is left, which completes the notification.</summary>
    public void RecordNotified(int mailed, int publicNoticeOnly, bool everyoneTold, DateTimeOffset now)
    {
        MailedCount += mailed;
        PublicNoticeOnlyCount += publicNoticeOnly;
        if (everyoneTold && NotificationCompletedAt is null)
        {
            CompleteNotification(now);
        }
    }

    public void PublishedNotice(PublicNoticeId notice, DateTimeOffset now)
    {
        PublicNoticeId = notice;
        Record(IncidentEventKind.PublicNoticePublished, null, null, now);
    }

    private void CompleteNotification(DateTimeOffset now)
    {
        NotificationCompletedAt = now;
        if (Status < IncidentStatus.Notified)
        {
            Status = IncidentStatus.Notified;
        }

        Record(IncidentEventKind.NotificationCompleted, $"{MailedCount} mailed, {PublicNoticeOnlyCount} by public notice only", null, now);
    }

    private void Record(IncidentEventKind kind, string? note, AccountId? actor, DateTimeOffset now) =>
        timeline.Add(IncidentEvent.Of(Id, kind, Status, note, actor, now));
}
