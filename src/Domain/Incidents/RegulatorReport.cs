using Pixyer.Domain.Accounts;

namespace Pixyer.Domain.Incidents;

/// <summary>One report of an incident to a supervisory authority (GDPR 33, PIPL 57), as it was sent.</summary>
public sealed class RegulatorReport
{
    public const int AuthorityMaxLength = 200;
    public const int ReferenceMaxLength = 200;
    public const int ContentMaxLength = 20_000;
    public const int DelayReasonMaxLength = 2000;

    private RegulatorReport()
    {
    }

    public RegulatorReportId Id { get; private set; }

    public IncidentId IncidentId { get; private set; }

    public string Authority { get; private set; } = "";

    /// <summary>The authority's case number or the submission's receipt.</summary>
    public string Reference { get; private set; } = "";

    public ReportPhase Phase { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public string Content { get; private set; } = "";

    /// <summary>Why the first report went out after the deadline (GDPR 33(1)); null when it was in time.</summary>
    public string? DelayReason { get; private set; }

    public AccountId RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal static RegulatorReport Of(
        IncidentId incident, string authority, string reference, ReportPhase phase, DateTimeOffset sentAt, string content,
        string? delayReason, AccountId recordedBy, DateTimeOffset now) =>
        new()
        {
            Id = RegulatorReportId.New(),
            IncidentId = incident,
            Authority = authority,
            Reference = reference,
            Phase = phase,
            SentAt = sentAt,
            Content = content,
            DelayReason = delayReason,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
}
