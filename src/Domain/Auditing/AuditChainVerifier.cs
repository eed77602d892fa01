namespace Pixyer.Domain.Auditing;

/// <summary>Walks the chain in sequence order and reports the first entry that is edited, missing or out of place.</summary>
public sealed class AuditChainVerifier
{
    private long expectedSequence = 1;
    private string expectedPreviousHash = AuditEntry.GenesisHash;

    public long Entries { get; private set; }

    public long? FirstBrokenSequence { get; private set; }

    public bool IsValid => FirstBrokenSequence is null;

    public void Accept(AuditEntry entry)
    {
        Entries++;
        if (FirstBrokenSequence is not null)
        {
            return;
        }

        if (entry.Sequence != expectedSequence
            || entry.PreviousHash != expectedPreviousHash
            || entry.Hash != entry.ComputeHash())
        {
            FirstBrokenSequence = Math.Min(entry.Sequence, expectedSequence);
            return;
        }

        expectedSequence = entry.Sequence + 1;
        expectedPreviousHash = entry.Hash;
    }
}
