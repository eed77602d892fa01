using Pixyer.Domain.Accounts;

namespace Pixyer.Domain.Incidents;

/// <summary>One entry of an incident's timeline: what changed, to which status, who did it (a staff id, or the system).</summary>
public sealed class IncidentEvent
{
    public const int NoteMaxLength = 2000;

    private IncidentEvent()
    {
    }

    public IncidentEventId Id { get; private set; }

    public IncidentId IncidentId { get; private set; }

    public IncidentEventKind Kind { get; private set; }

    /// <summary>The incident's status after the event.</summary>
    public IncidentStatus Status { get; private set; }

    /// <summary>Staff's note, or the system's machine-readable detail (e.g. <c>24h</c> for a reminder).</summary>
    public string? Note { get; private set; }

    /// <summary>The staff member who acted; null when the system did.</summary>
    public AccountId? ActorId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    internal static IncidentEvent Of(
        IncidentId incident, IncidentEventKind kind, IncidentStatus status, string? note, AccountId? actor, DateTimeOffset now) =>
        new() { Id = IncidentEventId.New(), IncidentId = incident, Kind = kind, Status = status, Note = note, ActorId = actor, OccurredAt = now };
}
