using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Accounts;
using Pixyer.Domain.Incidents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Incidents;

/// <summary>How far telling the affected people has come: <c>told</c> of <c>affected</c>, by mail or by the public notice.</summary>
public sealed record NotificationProgress(
    DateTimeOffset? RequestedAt, int Affected, int Mailed, int PublicNoticeOnly, bool Complete, Guid? PublicNoticeId)
{
    public int Told => Mailed + PublicNoticeOnly;

    public static NotificationProgress Of(Incident incident) => new(
        incident.NotificationRequestedAt,
        incident.AffectedCount,
        incident.MailedCount,
        incident.PublicNoticeOnlyCount,
        incident.IsNotificationComplete,
        incident.PublicNoticeId?.Value);
}

/// <summary>One incident in the breach log's list.</summary>
public sealed record IncidentSummary(
    Guid Id,
    [property: WireNameOf<IncidentStatus>] string Status,
    [property: MaxLength(Incident.TextMaxLength)] string Nature,
    DateTimeOffset DiscoveredAt,
    DateTimeOffset DeclaredAt,
    int AffectedCount,
    DateTimeOffset RegulatorReportDueAt,
    int RegulatorReports,
    bool Overdue,
    NotificationProgress Notification);

public sealed record IncidentEventDto(
    [property: WireNameOf<IncidentEventKind>] string Kind,
    [property: WireNameOf<IncidentStatus>] string Status,
    [property: MaxLength(IncidentEvent.NoteMaxLength)] string? Note,
    Guid? ActorId,
    DateTimeOffset OccurredAt);

public sealed record RegulatorReportDto(
    Guid Id,
    [property: MaxLength(RegulatorReport.AuthorityMaxLength)] string Authority,
    [property: MaxLength(RegulatorReport.ReferenceMaxLength)] string Reference,
    [property: WireNameOf<ReportPhase>] string Phase,
    DateTimeOffset SentAt,
    [property: MaxLength(RegulatorReport.ContentMaxLength)] string Content,
    [property: MaxLength(RegulatorReport.DelayReasonMaxLength)] string? DelayReason,
    Guid RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static RegulatorReportDto Of(RegulatorReport report) => new(
        report.Id.Value, report.Authority, report.Reference, WireNames.Of(report.Phase), report.SentAt, report.Content,
        report.DelayReason, report.RecordedBy.Value, report.RecordedAt);
}

/// <summary>An incident as the breach log holds it, with its timeline, reports and notification progress.</summary>
public sealed record IncidentDetails(
    Guid Id,
    [property: WireNameOf<IncidentStatus>] string Status,
    DateTimeOffset DiscoveredAt,
    DateTimeOffset? OccurredFrom,
    DateTimeOffset? OccurredTo,
    DateTimeOffset DeclaredAt,
    Guid DeclaredBy,
    [property: MaxLength(Incident.TextMaxLength)] string Nature,
    [property: WireNameOf<DataCategory>, MaxLength(EnumListBounds.DataCategories)] IReadOnlyList<string> DataCategories,
    [property: MaxLength(Incident.TextMaxLength)] string Systems,
    [property: MaxLength(Incident.TextMaxLength)] string LikelyConsequences,
    [property: MaxLength(Incident.TextMaxLength)] string MeasuresTaken,
    [property: MaxLength(Incident.TextMaxLength)] string MeasuresProposed,
    [property: MaxLength(Incident.TextMaxLength)] string SubjectAdvice,
    [property: MaxLength(Incident.ContactPointMaxLength)] string ContactPoint,
    [property: MaxLength(AccountSelector.DescriptionMaxLength)] string AffectedSelector,
    int AffectedCount,
    DateTimeOffset RegulatorReportDueAt,
    bool Overdue,
    NotificationProgress Notification,
    [property: MaxLength(Incident.MaxReports)] IReadOnlyList<RegulatorReportDto> RegulatorReports,
    [property: MaxLength(Incident.MaxTimelineEvents)] IReadOnlyList<IncidentEventDto> Timeline)
{
    public static IncidentDetails Of(Incident incident, DateTimeOffset now) => new(
        incident.Id.Value,
        WireNames.Of(incident.Status),
        incident.DiscoveredAt,
        incident.OccurredFrom,
        incident.OccurredTo,
        incident.DeclaredAt,
        incident.DeclaredBy.Value,
        incident.Nature,
        incident.DataCategories.Select(WireNames.Of).ToList(),
        incident.Systems,
        incident.LikelyConsequences,
        incident.MeasuresTaken,
        incident.MeasuresProposed,
        incident.SubjectAdvice,
        incident.ContactPoint,
        incident.AffectedSelector,
        incident.AffectedCount,
        incident.ReportDueAt,
        incident.IsOverdue(now),
        NotificationProgress.Of(incident),
        incident.Reports.OrderBy(r => r.SentAt).Select(RegulatorReportDto.Of).ToList(),
        incident.Timeline.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id.Value)
            .Select(e => new IncidentEventDto(WireNames.Of(e.Kind), WireNames.Of(e.Status), e.Note, e.ActorId?.Value, e.OccurredAt))
            .ToList());
}
