using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Auditing;

/// <summary>
/// One link of the hash-chained audit trail (obligations P1, G2). It holds ids and names only, never a
/// personal value; <see cref="Hash"/> covers every field and the previous entry's hash, so an edit or a gap
/// anywhere breaks the chain from that entry on.
/// </summary>
[RetainedAfterErasure(
    "account-operations-audit",
    "The law requires the record of account operations to be kept (G2); it holds ids and request names only, and nothing links them to a person once the account is erased.")]
public sealed class AuditEntry
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEntry()
    {
    }

    public long Sequence { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? ActorId { get; private set; }

    public string? ActorRole { get; private set; }

    public Guid? SubjectId { get; private set; }

    public string RequestName { get; private set; } = "";

    public AuditOutcome Outcome { get; private set; }

    public string? ProblemType { get; private set; }

    public string CorrelationId { get; private set; } = "";

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public static AuditEntry Append(AuditEntry? previous, AuditRecord record)
    {
        var entry = new AuditEntry
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            // Both stores keep microseconds at best; the hash must survive the round trip.
            OccurredAt = TruncateToMilliseconds(record.OccurredAt),
            ActorId = record.ActorId,
            ActorRole = record.ActorRole,
            SubjectId = record.SubjectId,
            RequestName = record.RequestName,
            Outcome = record.Outcome,
            ProblemType = record.ProblemType,
            CorrelationId = record.CorrelationId,
            PreviousHash = previous?.Hash ?? GenesisHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>SHA-256 over a canonical JSON array of every field but the hash itself.</summary>
    public string ComputeHash()
    {
        object?[] canonical =
        [
            Sequence,
            OccurredAt.UtcTicks,
            ActorId,
            ActorRole,
            SubjectId,
            RequestName,
            Outcome.ToString(),
            ProblemType,
            CorrelationId,
            PreviousHash,
        ];
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(canonical));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
