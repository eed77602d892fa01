using Pixyer.Domain.Common;

namespace Pixyer.Domain.Auditing;

/// <summary>
/// One entry of the audit log (obligations P1, G2). It holds ids and names only, never a personal value. A command's
/// transaction inserts it unsequenced, with its keyed <see cref="LeafHash"/> over its own content and nothing shared,
/// so no writer waits for another; the sequencer later gives it its <see cref="Sequence"/> and integrates it into
/// the Merkle log that signed checkpoints commit to.
/// </summary>
[RetainedAfterErasure(
    "account-operations-audit",
    "The law requires the record of account operations to be kept (G2); it holds ids and request names only, and nothing links them to a person once the account is erased.")]
public sealed class AuditEntry
{
    public const int ActorRoleMaxLength = 32;
    public const int RequestNameMaxLength = 128;
    public const int OutcomeMaxLength = 16;
    public const int ProblemTypeMaxLength = 64;
    public const int CorrelationIdMaxLength = 64;

    private AuditEntry()
    {
    }

    public AuditEntryId Id { get; private set; }

    /// <summary>Where the database inserted it, numbered by the database: the sequencer takes waiting entries in this order.</summary>
    public long Position { get; private set; }

    /// <summary>The entry's place in the log, from 1 (its leaf index is one less); null until the sequencer integrates it.</summary>
    public long? Sequence { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? ActorId { get; private set; }

    public string? ActorRole { get; private set; }

    public Guid? SubjectId { get; private set; }

    public string RequestName { get; private set; } = "";

    public AuditOutcome Outcome { get; private set; }

    public string? ProblemType { get; private set; }

    public string CorrelationId { get; private set; } = "";

    /// <summary>HMAC-SHA256 under the audit key of <c>0x00 || </c><see cref="AuditLeaf.Encode"/>: the Merkle tree's leaf.</summary>
    public byte[] LeafHash { get; private set; } = [];

    public static AuditEntry Record(AuditRecord record, AuditLeafHasher hasher)
    {
        // Both stores keep microseconds at best, and the leaf encodes milliseconds: the hash must survive the round trip.
        var occurredAt = new DateTimeOffset(
            record.OccurredAt.UtcTicks - (record.OccurredAt.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        // The columns' bounds, kept on every provider: an entry is never refused for a name that is too long.
        var entry = new AuditEntry
        {
            Id = AuditEntryId.New(occurredAt),
            OccurredAt = occurredAt,
            ActorId = record.ActorId,
            ActorRole = TextBounds.Cut(record.ActorRole, ActorRoleMaxLength),
            SubjectId = record.SubjectId,
            RequestName = TextBounds.Cut(record.RequestName, RequestNameMaxLength),
            Outcome = record.Outcome,
            ProblemType = TextBounds.Cut(record.ProblemType, ProblemTypeMaxLength),
            CorrelationId = TextBounds.Cut(record.CorrelationId, CorrelationIdMaxLength),
        };
        entry.LeafHash = hasher.Hash(entry);
        return entry;
    }

    public void AssignSequence(long sequence)
    {
        if (Sequence is not null)
        {
            throw new InvalidOperationException($"Audit entry {Id} is sequenced already, as {Sequence}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        Sequence = sequence;
    }
}
