using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;

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
    string? ActorRole,
    Guid? SubjectId,
    string RequestName,
    string Outcome,
    string? ProblemType,
    string CorrelationId,
    [property: MaxLength(HMACSHA256.HashSizeInBytes)] byte[] LeafHash);
