namespace Pixyer.Domain.Auditing;

/// <summary>One thing verification found wrong, and where: the entry (by sequence, or id while unsequenced) or the checkpoint (by tree size).</summary>
public sealed record AuditLogFinding(string Kind, long? Sequence, Guid? EntryId, long? TreeSize, string Detail)
{
    /// <summary>The longest <see cref="Detail"/>: <see cref="AuditLogFindings"/> cuts a longer one.</summary>
    public const int DetailMaxLength = 500;

    /// <summary>An entry's content no longer gives its keyed leaf hash: edited, or rehashed without the key.</summary>
    public const string EntryAltered = "entry-altered";

    /// <summary>Sequence numbers are missing between two entries.</summary>
    public const string EntryMissing = "entry-missing";

    /// <summary>An entry not yet sequenced does not match its keyed leaf hash: forged or edited before sequencing.</summary>
    public const string UnsequencedEntryAltered = "unsequenced-entry-altered";

    /// <summary>The log ends before the last entry a signed checkpoint covers.</summary>
    public const string TailRemoved = "tail-removed";

    /// <summary>Sequenced entries that no signed checkpoint covers (the sequencer never leaves any).</summary>
    public const string EntriesWithoutCheckpoint = "entries-without-checkpoint";

    /// <summary>The entries do not reproduce a checkpoint's root hash.</summary>
    public const string RootMismatch = "root-mismatch";

    public const string CheckpointSignatureInvalid = "checkpoint-signature-invalid";

    /// <summary>A checkpoint does not name the one before it: a checkpoint was removed or replaced.</summary>
    public const string CheckpointChainBroken = "checkpoint-chain-broken";

    /// <summary>A checkpoint held outside the database is not in it any more.</summary>
    public const string CheckpointMissingFromDatabase = "checkpoint-missing-from-database";

    /// <summary>The database holds another checkpoint for a tree size than the copy outside it.</summary>
    public const string CheckpointDiffers = "checkpoint-differs";

    /// <summary>A stored interior node of the tree is not what the entries below it give (proofs would not verify).</summary>
    public const string TreeNodeAltered = "tree-node-altered";

    public static readonly IReadOnlyList<string> Kinds =
    [
        EntryAltered, EntryMissing, UnsequencedEntryAltered, TailRemoved, EntriesWithoutCheckpoint, RootMismatch,
        CheckpointSignatureInvalid, CheckpointChainBroken, CheckpointMissingFromDatabase, CheckpointDiffers, TreeNodeAltered,
    ];
}
