using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Domain.Auditing;

/// <summary>
/// Recomputes the audit log from its rows and holds it against every signed checkpoint, in the database and outside
/// it: each entry against its keyed leaf hash, the sequence for gaps, each checkpoint's root (after
/// <see cref="CheckpointChecks"/>: signature, link to the one before, copies outside), the stored tree nodes, and the
/// log's end against the largest checkpoint. Entries are fed in sequence order, so memory stays at O(log n) besides
/// the stored nodes.
/// </summary>
public sealed class AuditLogVerifier
{
    public const int MaxFindingsListed = AuditLogFindings.MaxListed;

    private readonly AuditLeafHasher hasher;
    private readonly IReadOnlyDictionary<(int Level, long Index), byte[]> storedNodes;
    private readonly List<(AuditCheckpoint Checkpoint, string Source)> roots;
    private readonly (AuditCheckpoint Checkpoint, string Source)? latest;
    private readonly int databaseCheckpoints;
    private readonly int outsideCheckpoints;
    private readonly AuditLogFindings findings = new();
    private readonly MerkleFrontier frontier = MerkleFrontier.Empty();
    private int nextRoot;
    private (AuditCheckpoint Checkpoint, string Source)? firstRootMismatch;
    private int rootMismatches;
    private long lastSequence;
    private bool contiguous = true;
    private long sequenced;
    private long unsequenced;

    public AuditLogVerifier(
        AuditLeafHasher hasher,
        Func<AuditCheckpoint, bool> signatureIsValid,
        IReadOnlyCollection<AuditCheckpoint> databaseCheckpoints,
        IReadOnlyCollection<AuditCheckpoint> outsideCheckpoints,
        IReadOnlyDictionary<(int Level, long Index), byte[]> storedNodes)
    {
        this.hasher = hasher;
        this.storedNodes = storedNodes;
        var inDatabase = databaseCheckpoints.OrderBy(c => c.TreeSize).ToList();
        var outside = outsideCheckpoints.DistinctBy(c => (c.Statement.Text, Convert.ToBase64String(c.Signature))).ToList();
        this.databaseCheckpoints = inDatabase.Count;
        this.outsideCheckpoints = outside.Count;
        roots = CheckpointChecks.Run(inDatabase, outside, signatureIsValid, findings);
        latest = roots.Count == 0 ? null : roots[^1];
    }

    /// <summary>The next sequenced entry, in sequence order.</summary>
    public void Accept(AuditEntry entry)
    {
        var sequence = entry.Sequence ?? throw new ArgumentException("Only sequenced entries are accepted here.", nameof(entry));
        sequenced++;
        if (!hasher.Matches(entry))
        {
            findings.Add(AuditLogFinding.EntryAltered, sequence, entry.Id.Value, null, $"Entry {sequence} does not match its keyed leaf hash: edited, or rehashed without the audit key.");
        }

        if (sequence != lastSequence + 1)
        {
            var first = lastSequence + 1;
            findings.Add(AuditLogFinding.EntryMissing, first, null, null, sequence - first == 1 ? $"Entry {first} is missing." : $"Entries {first} to {sequence - 1} are missing.");
            contiguous = false;
        }

        lastSequence = sequence;
        frontier.Append(entry.LeafHash, contiguous ? CheckStoredNode : null);
        CheckRootsUpTo(sequence);
    }

    /// <summary>An entry committed but not yet integrated: only its content can be checked.</summary>
    public void AcceptUnsequenced(AuditEntry entry)
    {
        unsequenced++;
        if (!hasher.Matches(entry))
        {
            findings.Add(AuditLogFinding.UnsequencedEntryAltered, null, entry.Id.Value, null, $"Unsequenced entry {entry.Id} does not match its keyed leaf hash: forged, or edited before it was sequenced.");
        }
    }

    public AuditLogVerification Finish()
    {
        // Checkpoints past the last entry were never reached: the entries they cover are gone, which is what this says.
        if (latest is var (checkpoint, source) && lastSequence < checkpoint.TreeSize)
        {
            findings.Add(
                AuditLogFinding.TailRemoved,
                lastSequence + 1,
                null,
                checkpoint.TreeSize,
                $"The log ends at entry {lastSequence}, but the checkpoint of {checkpoint.TreeSize} entries issued at {checkpoint.IssuedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} ({source}) covers entries up to {checkpoint.TreeSize}.");
        }

        var covered = latest?.Checkpoint.TreeSize ?? 0;
        if (lastSequence > covered)
        {
            findings.Add(
                AuditLogFinding.EntriesWithoutCheckpoint,
                covered + 1,
                null,
                null,
                $"Entries {covered + 1} to {lastSequence} are sequenced but no signed checkpoint covers them: the sequencer never leaves such entries.");
        }

        if (firstRootMismatch is var (mismatched, where))
        {
            findings.Add(
                AuditLogFinding.RootMismatch,
                null,
                null,
                mismatched.TreeSize,
                $"The entries do not give the root hash of the checkpoint of {mismatched.TreeSize} entries ({where})"
                + (rootMismatches > 1 ? $", nor of {rootMismatches - 1} later checkpoints." : "."));
        }

        return new AuditLogVerification(
            findings.Count == 0,
            sequenced + unsequenced,
            sequenced,
            unsequenced,
            latest?.Checkpoint,
            databaseCheckpoints,
            outsideCheckpoints,
            findings.FirstBrokenSequence,
            findings.Listed,
            findings.Count);
    }

    private void CheckRootsUpTo(long sequence)
    {
        for (; nextRoot < roots.Count && roots[nextRoot].Checkpoint.TreeSize <= sequence; nextRoot++)
        {
            var (checkpoint, source) = roots[nextRoot];
            var reproduced = contiguous && checkpoint.TreeSize == frontier.Size && frontier.Root().AsSpan().SequenceEqual(checkpoint.RootHash);
            if (!reproduced)
            {
                firstRootMismatch ??= (checkpoint, source);
                rootMismatches++;
            }
        }
    }

    private void CheckStoredNode(MerkleNode node)
    {
        if (!AuditTreeNode.IsStored(node))
        {
            return;
        }

        if (!storedNodes.TryGetValue((node.Level, node.Index), out var stored) || !stored.AsSpan().SequenceEqual(node.Hash))
        {
            var first = (node.Index << node.Level) + 1;
            findings.Add(
                AuditLogFinding.TreeNodeAltered,
                null,
                null,
                null,
                $"The stored tree node over entries {first} to {first + (1L << node.Level) - 1} is {(stored is null ? "missing" : "not the hash of those entries")}.");
        }
    }
}
