namespace Pixyer.Domain.Incidents;

/// <summary>What happened to an incident, as its timeline records it.</summary>
public enum IncidentEventKind
{
    Declared,
    StatusChanged,
    RegulatorReportRecorded,
    NotificationRequested,
    NotificationCompleted,
    PublicNoticePublished,
    ReportReminderSent,
    ReportOverdue,
}
