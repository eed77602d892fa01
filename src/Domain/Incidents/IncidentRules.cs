using Pixyer.Domain.Common;

namespace Pixyer.Domain.Incidents;

/// <summary>The handling only moves forward; "notified" is reached by completing the notification of the people.</summary>
public sealed class IncidentStatusMovesForwardRule(IncidentStatus from, IncidentStatus to, bool notificationComplete) : IBusinessRule
{
    public string ProblemType => "incident-status-transition";

    public string Message => to == IncidentStatus.Notified && !notificationComplete
        ? "An incident becomes notified when every affected person has been told: POST its notifications."
        : $"An incident moves forward only (open, contained, notified, closed); it is {from.ToString().ToLowerInvariant()}.";

    public bool IsBroken() => to <= from || (to == IncidentStatus.Notified && !notificationComplete);
}

/// <summary>A report cannot have been sent before the breach was discovered.</summary>
public sealed class ReportSentAfterDiscoveryRule(DateTimeOffset discoveredAt, DateTimeOffset sentAt) : IBusinessRule
{
    public string ProblemType => "report-before-discovery";

    public string Message => "sentAt is before the incident was discovered.";

    public bool IsBroken() => sentAt < discoveredAt;
}

/// <summary>GDPR 33(1): a first report made after 72 hours comes with the reasons for the delay.</summary>
public sealed class LateReportNeedsReasonRule(bool late, string? delayReason) : IBusinessRule
{
    public string ProblemType => "report-delay-reason-required";

    public string Message => "The first report was sent more than 72 hours after discovery: give the reason for the delay (delayReason).";

    public bool IsBroken() => late && string.IsNullOrWhiteSpace(delayReason);
}
