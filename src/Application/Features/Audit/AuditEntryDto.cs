using System.ComponentModel.DataAnnotations;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Application.Features.Audit;

/// <summary>
/// An audit entry as staff read it. <see cref="Sequenced"/> is false (and <see cref="Sequence"/> null) for an entry
/// committed but not yet integrated into the log; <see cref="LeafHash"/> is its Merkle leaf, the value an inclusion
/// proof starts from.
/// </summary>
public sealed record AuditEntryDto(
    Guid Id,
    long? Sequence,
    bool Sequenced,
    DateTimeOffset OccurredAt,
    Guid? ActorId,
    [property: AuditActorRole] string? ActorRole,
    Guid? SubjectId,
    [property: MaxLength(AuditEntry.RequestNameMaxLength)] string RequestName,
    [property: AuditOutcomeName] string Outcome,
    [property: MaxLength(AuditEntry.ProblemTypeMaxLength)] string? ProblemType,
    [property: MaxLength(AuditEntry.CorrelationIdMaxLength)] string CorrelationId,
    [property: MaxLength(MerkleHashes.Size)] byte[] LeafHash);
