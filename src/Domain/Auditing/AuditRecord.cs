namespace Pixyer.Domain.Auditing;

/// <summary>What happened, before it is chained into an <see cref="AuditEntry"/>.</summary>
public sealed record AuditRecord(
    DateTimeOffset OccurredAt,
    Guid? ActorId,
    string? ActorRole,
    Guid? SubjectId,
    string RequestName,
    AuditOutcome Outcome,
    string? ProblemType,
    string CorrelationId);
