using System.Security.Cryptography;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Auditing;

/// <summary>An audit log built in memory as the sequencer builds it: sequenced entries, stored nodes, signed checkpoints.</summary>
internal sealed class TestLog : IDisposable
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly MerkleFrontier frontier = MerkleFrontier.Empty();

    public AuditLeafHasher Hasher { get; } = new(TestAuditKey);

    public List<AuditEntry> Entries { get; } = [];

    public List<AuditCheckpoint> Checkpoints { get; } = [];

    public Dictionary<(int Level, long Index), byte[]> Nodes { get; } = [];

    /// <summary>A log of batches of the given sizes, each closed by a checkpoint.</summary>
    public static TestLog Of(params int[] batches)
    {
        var log = new TestLog();
        foreach (var batch in batches)
        {
            log.Append(batch);
            log.Checkpoint();
        }

        return log;
    }

    public void Append(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var entry = AuditEntry.Record(NewAuditRecord(Entries.Count), Hasher);
            entry.AssignSequence(frontier.Size + 1);
            frontier.Append(entry.LeafHash, node =>
            {
                if (AuditTreeNode.IsStored(node))
                {
                    Nodes[(node.Level, node.Index)] = node.Hash;
                }
            });
            Entries.Add(entry);
        }
    }

    public AuditCheckpoint Checkpoint()
    {
        var statement = CheckpointStatement.After(Checkpoints.LastOrDefault()?.Statement, frontier.Size, frontier.Root(), Now);
        var checkpoint = AuditCheckpoint.Issue(statement, "test-key", Sign(statement));
        Checkpoints.Add(checkpoint);
        return checkpoint;
    }

    public byte[] Sign(CheckpointStatement statement) =>
        key.SignData(statement.Bytes(), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public AuditLogVerification Verify(
        IEnumerable<AuditEntry>? entries = null,
        IReadOnlyCollection<AuditCheckpoint>? inDatabase = null,
        IReadOnlyCollection<AuditCheckpoint>? outside = null,
        IEnumerable<AuditEntry>? unsequenced = null)
    {
        var verifier = new AuditLogVerifier(Hasher, IsValid, inDatabase ?? Checkpoints, outside ?? Checkpoints, Nodes);
        foreach (var entry in entries ?? Entries)
        {
            verifier.Accept(entry);
        }

        foreach (var entry in unsequenced ?? [])
        {
            verifier.AcceptUnsequenced(entry);
        }

        return verifier.Finish();
    }

    public void Dispose() => key.Dispose();

    private bool IsValid(AuditCheckpoint checkpoint) =>
        checkpoint.KeyId == "test-key"
        && key.VerifyData(checkpoint.Statement.Bytes(), checkpoint.Signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
}
