namespace Pixyer.Domain.Incidents;

/// <summary>Where an incident's handling stands; it only moves forward, in this order.</summary>
public enum IncidentStatus
{
    Open,
    Contained,
    Notified,
    Closed,
}
