using System.Reflection;
using System.Security.Cryptography;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Auditing;

/// <summary>The lengths the API declares for checkpoints, proofs, keys and audit entries hold for the longest value the log can produce.</summary>
[Trait("Obligation", "P1")]
public sealed class AuditBoundsTests
{
    private sealed class ConstantHashes : ISubtreeHashes
    {
        public ValueTask<byte[]> HashAsync(long first, long pastLast, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new byte[MerkleHashes.Size]);
    }

    [Fact]
    public void CheckpointText_OfTheLargestTreeAndLatestTime_ShouldBeExactlyTheDeclaredMaximum()
    {
        var statement = new CheckpointStatement(long.MaxValue, new byte[MerkleHashes.Size], DateTimeOffset.MaxValue, CheckpointStatement.NoPrevious());

        Assert.Equal(CheckpointStatement.TextMaxLength, statement.Text.Length);
        Assert.Equal(CheckpointStatement.HashBase64Length, Convert.ToBase64String(statement.RootHash).Length);
    }

    [Fact]
    public async Task Proofs_InTheLargestTree_ShouldHoldAtMostTheDeclaredNumberOfHashes()
    {
        var tree = new ConstantHashes();

        var inclusion = await MerkleProofs.InclusionAsync(long.MaxValue - 1, long.MaxValue, tree, CancellationToken.None);
        var consistency = await MerkleProofs.ConsistencyAsync(long.MaxValue - 1, long.MaxValue, tree, CancellationToken.None);

        Assert.InRange(inclusion.Count, 1, MerkleProofs.MaxHashes);
        Assert.InRange(consistency.Count, 1, MerkleProofs.MaxHashes);
    }

    [Fact]
    public void SignatureSizes_ShouldBeThoseOfAnEcdsaP256Key()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.Equal(AuditSignature.SignatureMaxBytes, key.GetMaxSignatureSize(DSASignatureFormat.Rfc3279DerSequence));
        Assert.Equal(AuditSignature.PublicKeyPemLength, key.ExportSubjectPublicKeyInfoPem().Length);
        Assert.Equal(AuditSignature.SignatureBase64MaxLength, Convert.ToBase64String(new byte[AuditSignature.SignatureMaxBytes]).Length);
    }

    [Fact]
    public void FindingKinds_ShouldListEveryKindDeclared()
    {
        var declared = typeof(AuditLogFinding).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetValue(null)!);

        Assert.Equal(declared.Order(), AuditLogFinding.Kinds.Order());
    }

    [Fact]
    public void Findings_ShouldCutADetailLongerThanDeclared()
    {
        var findings = new AuditLogFindings();

        findings.Add(AuditLogFinding.EntryMissing, 1, null, null, new string('x', AuditLogFinding.DetailMaxLength + 1));

        Assert.Equal(AuditLogFinding.DetailMaxLength, Assert.Single(findings.Listed).Detail.Length);
    }

    [Fact]
    public void Record_ShouldKeepEveryNameWithinItsColumn()
    {
        var record = new AuditRecord(
            Now, null, new string('r', 100), null, new string('n', 300), AuditOutcome.Refused, new string('p', 100), new string('c', 100));

        var entry = AuditEntry.Record(record, new AuditLeafHasher(TestAuditKey));

        Assert.Equal(
            (AuditEntry.ActorRoleMaxLength, AuditEntry.RequestNameMaxLength, AuditEntry.ProblemTypeMaxLength, AuditEntry.CorrelationIdMaxLength),
            (entry.ActorRole!.Length, entry.RequestName.Length, entry.ProblemType!.Length, entry.CorrelationId.Length));
    }
}
