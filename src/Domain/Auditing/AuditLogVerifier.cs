using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Domain.Auditing;

/// <summary>
/// Recomputes the audit log from its rows and holds it against every signed checkpoint, in the database and outside
/// it: each entry against its keyed leaf hash, the sequence for gaps, each checkpoint's root, signature and link to
/// the one before, the stored tree nodes, and the log's end against the largest checkpoint. Entries are fed in
/// sequence order, so memory stays at O(log n) besides the stored nodes.
/// </summary>
public sealed class AuditLogVerifier
{
    public const int MaxFindingsListed = 100;
    private const string Database = "database";
    private const string Outside = "outside the database";

    private readonly AuditLeafHasher hasher;
    private readonly IReadOnlyDictionary<(int Level, long Index), byte[]> storedNodes;
    private readonly List<(AuditCheckpoint Checkpoint, string Source)> roots;
    private readonly (AuditCheckpoint Checkpoint, string Source)? latest;
    private readonly int databaseCheckpoints;
    private readonly int outsideCheckpoints;
    private readonly List<AuditLogFinding> findings = [];
    private readonly MerkleFrontier frontier = MerkleFrontier.Empty();
    private int findingCount;
    private long? firstBrokenSequence;
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
        var outside = outsideCheckpoints.DistinctBy(c => (c.Statement.Text, Convert.ToBase64String(c.Signature))).OrderBy(c => c.TreeSize).ToList();
        this.databaseCheckpoints = inDatabase.Count;
        this.outsideCheckpoints = outside.Count;

        roots = [.. CheckDatabaseCheckpoints(inDatabase, signatureIsValid), .. CheckOutsideCheckpoints(outside, inDatabase, signatureIsValid)];
        roots.Sort((a, b) => a.Checkpoint.TreeSize.CompareTo(b.Checkpoint.TreeSize));
        latest = roots.Count == 0 ? null : roots[^1];
    }

    /// <summary>The next sequenced entry, in sequence order.</summary>
    public void Accept(AuditEntry entry)
    {
        var sequence = entry.Sequence ?? throw new ArgumentException("Only sequenced entries are accepted here.", nameof(entry));
        sequenced++;
        if (!hasher.Matches(entry))
        {
            Add(AuditLogFinding.EntryAltered, sequence, entry.Id, null, $"Entry {sequence} does not match its keyed leaf hash: edited, or rehashed without the audit key.");
        }

        if (sequence != lastSequence + 1)
        {
            var first = lastSequence + 1;
            Add(AuditLogFinding.EntryMissing, first, null, null, sequence - first == 1 ? $"Entry {first} is missing." : $"Entries {first} to {sequence - 1} are missing.");
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
            Add(AuditLogFinding.UnsequencedEntryAltered, null, entry.Id, null, $"Unsequenced entry {entry.Id} does not match its keyed leaf hash: forged, or edited before it was sequenced.");
        }
    }

    public AuditLogVerification Finish()
    {
        // Checkpoints past the last entry were never reached: the entries they cover are gone, which is what this says.
        if (latest is var (checkpoint, source) && lastSequence < checkpoint.TreeSize)
        {
            Add(
                AuditLogFinding.TailRemoved,
                lastSequence + 1,
                null,
                checkpoint.TreeSize,
                $"The log ends at entry {lastSequence}, but the checkpoint of {checkpoint.TreeSize} entries issued at {checkpoint.IssuedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} ({source}) covers entries up to {checkpoint.TreeSize}.");
        }

        var covered = latest?.Checkpoint.TreeSize ?? 0;
        if (lastSequence > covered)
        {
            Add(
                AuditLogFinding.EntriesWithoutCheckpoint,
                covered + 1,
                null,
                null,
                $"Entries {covered + 1} to {lastSequence} are sequenced but no signed checkpoint covers them: the sequencer never leaves such entries.");
        }

        if (firstRootMismatch is var (mismatched, where))
        {
            Add(
                AuditLogFinding.RootMismatch,
                null,
                null,
                mismatched.TreeSize,
                $"The entries do not give the root hash of the checkpoint of {mismatched.TreeSize} entries ({where})"
                + (rootMismatches > 1 ? $", nor of {rootMismatches - 1} later checkpoints." : "."));
        }

        return new AuditLogVerification(
            findingCount == 0,
            sequenced + unsequenced,
            sequenced,
            unsequenced,
            latest?.Checkpoint,
            databaseCheckpoints,
            outsideCheckpoints,
            firstBrokenSequence,
            findings,
            findingCount);
    }

    private List<(AuditCheckpoint, string)> CheckDatabaseCheckpoints(List<AuditCheckpoint> checkpoints, Func<AuditCheckpoint, bool> signatureIsValid)
    {
        var valid = new List<(AuditCheckpoint, string)>();
        var previous = CheckpointStatement.NoPrevious();
        var previousSize = 0L;
        foreach (var checkpoint in checkpoints)
        {
            if (!checkpoint.PreviousHash.AsSpan().SequenceEqual(previous))
            {
                Add(
                    AuditLogFinding.CheckpointChainBroken,
                    null,
                    null,
                    checkpoint.TreeSize,
                    previousSize == 0
                        ? $"The first checkpoint held, of {checkpoint.TreeSize} entries, names a previous checkpoint that is gone."
                        : $"The checkpoint of {checkpoint.TreeSize} entries does not name the one of {previousSize} entries before it: a checkpoint between them was removed or replaced.");
            }

            previous = checkpoint.Statement.Hash();
            previousSize = checkpoint.TreeSize;
            if (CheckSignature(checkpoint, Database, signatureIsValid))
            {
                valid.Add((checkpoint, Database));
            }
        }

        return valid;
    }

    private List<(AuditCheckpoint, string)> CheckOutsideCheckpoints(
        List<AuditCheckpoint> outside, List<AuditCheckpoint> inDatabase, Func<AuditCheckpoint, bool> signatureIsValid)
    {
        var bySize = inDatabase.ToDictionary(c => c.TreeSize);
        var valid = new List<(AuditCheckpoint, string)>();
        foreach (var checkpoint in outside)
        {
            if (!CheckSignature(checkpoint, Outside, signatureIsValid))
            {
                continue;
            }

            if (!bySize.TryGetValue(checkpoint.TreeSize, out var stored))
            {
                Add(AuditLogFinding.CheckpointMissingFromDatabase, null, null, checkpoint.TreeSize, $"The checkpoint of {checkpoint.TreeSize} entries held outside the database is not in the database.");
            }
            else if (!stored.SameAs(checkpoint))
            {
                Add(AuditLogFinding.CheckpointDiffers, null, null, checkpoint.TreeSize, $"The database holds another checkpoint of {checkpoint.TreeSize} entries than the one held outside it.");
            }
            else
            {
                continue;
            }

            valid.Add((checkpoint, Outside));
        }

        return valid;
    }

    private bool CheckSignature(AuditCheckpoint checkpoint, string source, Func<AuditCheckpoint, bool> signatureIsValid)
    {
        if (signatureIsValid(checkpoint))
        {
            return true;
        }

        Add(AuditLogFinding.CheckpointSignatureInvalid, null, null, checkpoint.TreeSize, $"The checkpoint of {checkpoint.TreeSize} entries ({source}) does not carry a valid signature of the audit key.");
        return false;
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
            Add(
                AuditLogFinding.TreeNodeAltered,
                null,
                null,
                null,
                $"The stored tree node over entries {first} to {first + (1L << node.Level) - 1} is {(stored is null ? "missing" : "not the hash of those entries")}.");
        }
    }

    private void Add(string kind, long? sequence, Guid? entryId, long? treeSize, string detail)
    {
        findingCount++;
        if (sequence is { } s && (firstBrokenSequence is null || s < firstBrokenSequence))
        {
            firstBrokenSequence = s;
        }

        if (findings.Count < MaxFindingsListed)
        {
            findings.Add(new AuditLogFinding(kind, sequence, entryId, treeSize, detail));
        }
    }
}
