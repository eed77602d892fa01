namespace Pixyer.Domain.Incidents;

/// <summary>Which report to the authority this is: GDPR 33(4) lets the information come in phases.</summary>
public enum ReportPhase
{
    Initial,
    FollowUp,
    Final,
}
