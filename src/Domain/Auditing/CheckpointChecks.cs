namespace Pixyer.Domain.Auditing;

/// <summary>
/// The checks on the checkpoints themselves: each signature, the chain of the database's checkpoints (each names the
/// one before), and the copies held outside the database against the database's. What passes is what the entries'
/// roots are then held against.
/// </summary>
internal static class CheckpointChecks
{
    public const string Database = "database";
    public const string Outside = "outside the database";

    /// <summary>The checkpoints with a valid signature to hold the entries against, by tree size, each with where it is held.</summary>
    public static List<(AuditCheckpoint Checkpoint, string Source)> Run(
        IReadOnlyList<AuditCheckpoint> inDatabase,
        IReadOnlyList<AuditCheckpoint> outside,
        Func<AuditCheckpoint, bool> signatureIsValid,
        AuditLogFindings findings)
    {
        var roots = new List<(AuditCheckpoint, string)>();
        var previous = CheckpointStatement.NoPrevious();
        var previousSize = 0L;
        foreach (var checkpoint in inDatabase)
        {
            if (!checkpoint.PreviousHash.AsSpan().SequenceEqual(previous))
            {
                findings.Add(
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
            if (SignatureHolds(checkpoint, Database, signatureIsValid, findings))
            {
                roots.Add((checkpoint, Database));
            }
        }

        var bySize = inDatabase.ToDictionary(c => c.TreeSize);
        foreach (var checkpoint in outside.Where(c => SignatureHolds(c, Outside, signatureIsValid, findings)))
        {
            if (!bySize.TryGetValue(checkpoint.TreeSize, out var stored))
            {
                findings.Add(AuditLogFinding.CheckpointMissingFromDatabase, null, null, checkpoint.TreeSize, $"The checkpoint of {checkpoint.TreeSize} entries held outside the database is not in the database.");
                roots.Add((checkpoint, Outside));
            }
            else if (!stored.SameAs(checkpoint))
            {
                findings.Add(AuditLogFinding.CheckpointDiffers, null, null, checkpoint.TreeSize, $"The database holds another checkpoint of {checkpoint.TreeSize} entries than the one held outside it.");
                roots.Add((checkpoint, Outside));
            }
        }

        roots.Sort((a, b) => a.Item1.TreeSize.CompareTo(b.Item1.TreeSize));
        return roots;
    }

    private static bool SignatureHolds(AuditCheckpoint checkpoint, string source, Func<AuditCheckpoint, bool> signatureIsValid, AuditLogFindings findings)
    {
        if (signatureIsValid(checkpoint))
        {
            return true;
        }

        findings.Add(AuditLogFinding.CheckpointSignatureInvalid, null, null, checkpoint.TreeSize, $"The checkpoint of {checkpoint.TreeSize} entries ({source}) does not carry a valid signature of the audit key.");
        return false;
    }
}
