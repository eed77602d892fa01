namespace Pixyer.Application.Features.Audit;

public sealed record AuditEntryDto(
    long Sequence,
    DateTimeOffset OccurredAt,
    Guid? ActorId,
    string? ActorRole,
    Guid? SubjectId,
    string RequestName,
    string Outcome,
    string? ProblemType,
    string CorrelationId,
    string PreviousHash,
    string Hash);
