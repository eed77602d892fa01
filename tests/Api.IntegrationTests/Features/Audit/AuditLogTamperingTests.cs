using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Api.IntegrationTests.Features.Audit;

/// <summary>
/// Each change an attacker with write access to the database could make to the audit log, made directly in the
/// database, and what <c>GET /admin/audit/verify</c> answers about it (issue 12's findings among them: a rewrite with
/// recomputed plain SHA-256 hashes, and a deleted tail, both passed the hash chain's verification).
/// </summary>
[Trait("Obligation", "P1")]
[Trait("Obligation", "G2")]
public sealed class AuditLogTamperingTests(PixyerApiFactory app) : ApiTest(app)
{
    private const int Entries = 120;

    [Fact]
    public async Task Verify_WhenTheLogIsUntouched_ShouldBeValid()
    {
        var admin = await SignedLogAsync();

        var report = await AuditLog.VerifyAsync(admin.Client);

        Assert.True(report.GetProperty("valid").GetBoolean(), AuditLog.Describe(report));
        Assert.Equal(0, report.GetProperty("findingCount").GetInt32());
        Assert.Equal(report.GetProperty("entries").GetInt64(), report.GetProperty("sequenced").GetInt64());
        Assert.True(report.GetProperty("outsideCheckpoints").GetInt32() >= 1);
    }

    [Fact]
    public async Task Verify_WhenAnEntrysFieldIsUpdated_ShouldReportThatEntryAltered()
    {
        var admin = await SignedLogAsync();

        await WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET request_name = 'ForgedCommand' WHERE sequence = 42"));
        var report = await AuditLog.VerifyAsync(admin.Client);

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(42, report.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal([AuditLogFinding.EntryAltered], AuditLog.FindingKinds(report));
    }

    [Fact]
    public async Task Verify_WhenAMiddleEntryIsDeleted_ShouldReportItMissing()
    {
        var admin = await SignedLogAsync();

        await WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE sequence = 37"));
        var report = await AuditLog.VerifyAsync(admin.Client);

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(37, report.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Contains(AuditLogFinding.EntryMissing, AuditLog.FindingKinds(report));
        Assert.Contains(AuditLogFinding.RootMismatch, AuditLog.FindingKinds(report));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task Verify_WhenTheTailIsDeleted_ShouldReportItAndNeverGiveItsNumbersAgain(int deleted)
    {
        var admin = await SignedLogAsync();
        var last = await LastSequenceAsync();

        await WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Sequence > last - deleted).ExecuteDeleteAsync());
        var report = await AuditLog.VerifyAsync(admin.Client);
        await AuditLog.AppendAsync(App.Services, 3, App.Clock);
        var integrated = await AuditLog.SequenceAsync(App.Services);
        var after = await AuditLog.VerifyAsync(admin.Client);

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(last - deleted + 1, report.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal([AuditLogFinding.TailRemoved], AuditLog.FindingKinds(report));
        // The sequencer does not sign over the cut: the new entries wait, and no freed number is given again.
        Assert.Equal(0, integrated);
        Assert.Equal(last - deleted, await LastSequenceAsync());
        Assert.False(after.GetProperty("valid").GetBoolean());
        Assert.Equal(3, after.GetProperty("unsequenced").GetInt64());
    }

    [Fact]
    public async Task Verify_WhenTheTailAndItsCheckpointsAreDeletedFromTheDatabase_ShouldCatchItWithTheCheckpointFile()
    {
        var admin = await SignedLogAsync();
        var firstBatch = await WithDatabaseAsync(db => db.AuditCheckpoints.MinAsync(c => c.TreeSize));

        await WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Sequence > firstBatch).ExecuteDeleteAsync());
        await WithDatabaseAsync(db => db.AuditCheckpoints.Where(c => c.TreeSize > firstBatch).ExecuteDeleteAsync());
        await WithDatabaseAsync(db => db.AuditTreeNodes.ExecuteDeleteAsync());
        var report = await AuditLog.VerifyAsync(admin.Client);

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Contains(AuditLogFinding.TailRemoved, AuditLog.FindingKinds(report));
        Assert.Contains(AuditLogFinding.CheckpointMissingFromDatabase, AuditLog.FindingKinds(report));
        Assert.Equal(firstBatch + 1, report.GetProperty("firstBrokenSequence").GetInt64());
    }

    [Fact]
    public async Task Verify_WhenAnEntryIsRewrittenAndEveryLaterHashRecomputedWithPlainSha256_ShouldReportTheForgery()
    {
        var admin = await SignedLogAsync();

        await RewriteAsAnAttackerWithoutTheKeyAsync(sequence: 30);
        var report = await AuditLog.VerifyAsync(admin.Client);

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(30, report.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Contains(AuditLogFinding.EntryAltered, AuditLog.FindingKinds(report));
        // The recomputed roots carry no valid signature, and no longer match the copies outside the database.
        Assert.Contains(AuditLogFinding.CheckpointSignatureInvalid, AuditLog.FindingKinds(report));
        Assert.Contains(AuditLogFinding.CheckpointDiffers, AuditLog.FindingKinds(report));
    }

    [Fact]
    public async Task Verify_WhenAForgedEntryIsInserted_ShouldReportItBeforeAndAfterTheSequencerMeetsIt()
    {
        var admin = await SignedLogAsync();
        var forged = AuditEntry.Record(
            new AuditRecord(App.Clock.GetUtcNow(), admin.User.Id, "Admin", Guid.CreateVersion7(), "LiftLegalHoldCommand", AuditOutcome.Succeeded, null, "forged"),
            new AuditLeafHasher(RandomNumberGenerator.GetBytes(32)));

        await WithDatabaseAsync(db =>
        {
            db.AuditEntries.Add(forged);
            return db.SaveChangesAsync();
        });
        var waiting = await AuditLog.VerifyAsync(admin.Client);
        await AuditLog.SequenceAsync(App.Services);
        var sequenced = await AuditLog.VerifyAsync(admin.Client);

        Assert.False(waiting.GetProperty("valid").GetBoolean());
        var finding = Assert.Single(waiting.GetProperty("findings").EnumerateArray());
        Assert.Equal(AuditLogFinding.UnsequencedEntryAltered, finding.GetProperty("kind").GetString());
        Assert.Equal(forged.Id.Value, finding.GetProperty("entryId").GetGuid());
        Assert.False(sequenced.GetProperty("valid").GetBoolean());
        Assert.Equal([AuditLogFinding.EntryAltered], AuditLog.FindingKinds(sequenced));
    }

    [Fact]
    public async Task Verify_WhenAForgedEntryIsInsertedWithTheNextNumber_ShouldReportItOutsideEverySignedCheckpoint()
    {
        var admin = await SignedLogAsync();
        var next = await LastSequenceAsync() + 1;
        var forged = AuditEntry.Record(
            new AuditRecord(App.Clock.GetUtcNow(), null, null, null, "RegisterAccountCommand", AuditOutcome.Succeeded, null, "forged"),
            new AuditLeafHasher(RandomNumberGenerator.GetBytes(32)));
        forged.AssignSequence(next);

        await WithDatabaseAsync(db =>
        {
            db.AuditEntries.Add(forged);
            return db.SaveChangesAsync();
        });
        var report = await AuditLog.VerifyAsync(admin.Client);

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(next, report.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Contains(AuditLogFinding.EntriesWithoutCheckpoint, AuditLog.FindingKinds(report));
    }

    /// <summary>An admin, <see cref="Entries"/> more entries through the app's trail, and everything sequenced in several signed batches.</summary>
    private async Task<SignedIn> SignedLogAsync()
    {
        var admin = await SignUpAdminAsync();
        await AuditLog.SequenceAsync(App.Services);
        await AuditLog.AppendAsync(App.Services, Entries / 2, App.Clock);
        await AuditLog.SequenceAsync(App.Services);
        await AuditLog.AppendAsync(App.Services, Entries / 2, App.Clock);
        await AuditLog.SequenceAsync(App.Services);
        return admin;
    }

    private Task<long> LastSequenceAsync() => WithDatabaseAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence ?? 0));

    /// <summary>
    /// What issue 12's script did to the hash chain, done to the Merkle log: one entry rewritten, its leaf hashed again
    /// with plain SHA-256 (the attacker has no key), and every hash after it (the stored tree nodes, each checkpoint's
    /// root and link) recomputed the same way.
    /// </summary>
    private async Task RewriteAsAnAttackerWithoutTheKeyAsync(long sequence)
    {
        await WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Sequence == sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.RequestName, "ForgedCommand")));
        var rewritten = await WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == sequence));
        var forgedLeaf = SHA256.HashData([0x00, .. AuditLeaf.Encode(rewritten)]);
        await WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Sequence == sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeafHash, forgedLeaf)));

        var leaves = await WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Sequence != null).OrderBy(e => e.Sequence).Select(e => e.LeafHash).ToListAsync());
        var checkpoints = await WithDatabaseAsync(db => db.AuditCheckpoints.OrderBy(c => c.TreeSize).ToListAsync());
        var nodes = new List<MerkleNode>();
        var roots = new Dictionary<long, byte[]>();
        var frontier = MerkleFrontier.Empty();
        foreach (var leaf in leaves)
        {
            frontier.Append(leaf, nodes.Add);
            roots[frontier.Size] = frontier.Root();
        }

        await WithDatabaseAsync(async db =>
        {
            foreach (var node in nodes.Where(n => n.Level >= AuditTreeNode.LowestStoredLevel))
            {
                await db.AuditTreeNodes.Where(n => n.Level == node.Level && n.Index == node.Index).ExecuteUpdateAsync(s => s.SetProperty(n => n.Hash, node.Hash));
            }

            CheckpointStatement? previous = null;
            foreach (var checkpoint in checkpoints)
            {
                var statement = CheckpointStatement.After(previous, checkpoint.TreeSize, roots[checkpoint.TreeSize], checkpoint.IssuedAt);
                await db.AuditCheckpoints.Where(c => c.TreeSize == checkpoint.TreeSize).ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.RootHash, statement.RootHash)
                    .SetProperty(c => c.PreviousHash, statement.PreviousHash));
                previous = statement;
            }

            return 0;
        });
    }
}
