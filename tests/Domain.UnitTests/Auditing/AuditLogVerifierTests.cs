using System.Security.Cryptography;
using Pixyer.Domain.Auditing;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Auditing;

[Trait("Obligation", "P1")]
[Trait("Obligation", "G2")]
public sealed class AuditLogVerifierTests
{
    [Fact]
    public void Verify_WhenTheLogIsUntouched_ShouldBeValidAndCountEverything()
    {
        using var log = TestLog.Of(100, 200, 300);
        var waiting = AuditEntry.Record(NewAuditRecord(999), log.Hasher);

        var result = log.Verify(unsequenced: [waiting]);

        Assert.True(result.Valid, string.Join("; ", result.Findings.Select(f => f.Detail)));
        Assert.Equal((601, 600, 1), (result.Entries, result.Sequenced, result.Unsequenced));
        Assert.Equal(600, result.LatestCheckpoint?.TreeSize);
        Assert.Equal((3, 3), (result.DatabaseCheckpoints, result.OutsideCheckpoints));
        Assert.NotEmpty(log.Nodes);
    }

    [Fact]
    public void Verify_WhenAFieldIsEdited_ShouldReportThatEntryAltered()
    {
        using var log = TestLog.Of(10, 10);
        SetPrivate(log.Entries[6], nameof(AuditEntry.RequestName), "ForgedCommand");

        var result = log.Verify();

        Assert.False(result.Valid);
        Assert.Equal(7, result.FirstBrokenSequence);
        Assert.Equal([(AuditLogFinding.EntryAltered, 7L)], result.Findings.Select(f => (f.Kind, f.Sequence ?? 0)));
    }

    [Fact]
    public void Verify_WhenAMiddleEntryIsRemoved_ShouldReportItMissingAndTheCheckpointsAfterIt()
    {
        using var log = TestLog.Of(5, 5, 5);

        var result = log.Verify(entries: log.Entries.Where(e => e.Sequence != 3));

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains(result.Findings, f => f is { Kind: AuditLogFinding.EntryMissing, Sequence: 3 });
        var mismatch = Assert.Single(result.Findings, f => f.Kind == AuditLogFinding.RootMismatch);
        Assert.Equal(5, mismatch.TreeSize);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public void Verify_WhenTheTailIsRemoved_ShouldReportItRemovedFromItsFirstMissingEntry(int removed)
    {
        using var log = TestLog.Of(100, 200);

        var result = log.Verify(entries: log.Entries.Take(300 - removed));

        var tail = Assert.Single(result.Findings);
        Assert.Equal(AuditLogFinding.TailRemoved, tail.Kind);
        Assert.Equal(300 - removed + 1, tail.Sequence);
        Assert.Equal(300, tail.TreeSize);
    }

    [Fact]
    public void Verify_WhenTheTailAndItsCheckpointsAreRemoved_ShouldCatchItWithTheCopyOutsideTheDatabase()
    {
        using var log = TestLog.Of(100, 200);

        var result = log.Verify(entries: log.Entries.Take(100), inDatabase: [log.Checkpoints[0]]);

        Assert.False(result.Valid);
        Assert.Contains(result.Findings, f => f is { Kind: AuditLogFinding.TailRemoved, Sequence: 101, TreeSize: 300 });
        Assert.Contains(result.Findings, f => f is { Kind: AuditLogFinding.CheckpointMissingFromDatabase, TreeSize: 300 });
    }

    [Fact]
    public void Verify_WhenAnEntryIsRewrittenAndRehashedWithPlainSha256_ShouldReportItAndTheRootsAfterIt()
    {
        using var log = TestLog.Of(10, 10);
        var entry = log.Entries[11];
        SetPrivate(entry, nameof(AuditEntry.RequestName), "ForgedCommand");
        SetPrivate(entry, nameof(AuditEntry.LeafHash), SHA256.HashData([0x00, .. AuditLeaf.Encode(entry)]));

        var result = log.Verify();

        Assert.Equal(12, result.FirstBrokenSequence);
        Assert.Contains(result.Findings, f => f is { Kind: AuditLogFinding.EntryAltered, Sequence: 12 });
        Assert.Contains(result.Findings, f => f is { Kind: AuditLogFinding.RootMismatch, TreeSize: 20 });
    }

    [Fact]
    public void Verify_WhenACheckpointsRootIsRewrittenToMatchAForgery_ShouldFindItsSignatureBroken()
    {
        using var log = TestLog.Of(4);
        var forged = AuditCheckpoint.Issue(
            new CheckpointStatement(4, SHA256.HashData("forged"u8), Now, CheckpointStatement.NoPrevious()), "test-key", log.Checkpoints[0].Signature);

        var result = log.Verify(inDatabase: [forged], outside: []);

        Assert.Contains(result.Findings, f => f is { Kind: AuditLogFinding.CheckpointSignatureInvalid, TreeSize: 4 });
        Assert.Null(result.LatestCheckpoint);
    }

    [Fact]
    public void Verify_WhenAForgedEntryWaitsUnsequenced_ShouldReportIt()
    {
        using var log = TestLog.Of(3);
        var forged = AuditEntry.Record(NewAuditRecord(7), new AuditLeafHasher(RandomNumberGenerator.GetBytes(32)));

        var result = log.Verify(unsequenced: [forged]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((AuditLogFinding.UnsequencedEntryAltered, (Guid?)forged.Id.Value), (finding.Kind, finding.EntryId));
    }

    [Fact]
    public void Verify_WhenAnEntryIsSequencedPastTheLatestCheckpoint_ShouldReportItUncovered()
    {
        using var log = TestLog.Of(3);
        log.Append(1);

        var result = log.Verify();

        Assert.Contains(result.Findings, f => f is { Kind: AuditLogFinding.EntriesWithoutCheckpoint, Sequence: 4 });
    }

    [Fact]
    public void Verify_WhenACheckpointBetweenOthersIsRemoved_ShouldReportTheBrokenChain()
    {
        using var log = TestLog.Of(2, 2, 2);

        var result = log.Verify(inDatabase: [log.Checkpoints[0], log.Checkpoints[2]], outside: []);

        Assert.Equal([(AuditLogFinding.CheckpointChainBroken, 6L)], result.Findings.Select(f => (f.Kind, f.TreeSize ?? 0)));
    }

    [Fact]
    public void Verify_WhenAStoredNodeIsAltered_ShouldReportTheNode()
    {
        using var log = TestLog.Of(300);
        log.Nodes[(8, 0)] = new byte[32];

        var result = log.Verify();

        var finding = Assert.Single(result.Findings);
        Assert.Equal(AuditLogFinding.TreeNodeAltered, finding.Kind);
        Assert.Contains("entries 1 to 256", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WhenThereAreMoreFindingsThanListed_ShouldListTheFirstAndCountThemAll()
    {
        using var log = TestLog.Of(150);
        foreach (var entry in log.Entries)
        {
            SetPrivate(entry, nameof(AuditEntry.CorrelationId), "edited");
        }

        var result = log.Verify();

        Assert.Equal(AuditLogVerifier.MaxFindingsListed, result.Findings.Count);
        Assert.Equal(150, result.FindingCount);
        Assert.Equal(1, result.FirstBrokenSequence);
    }
}
