using System.Security.Cryptography;
using Pixyer.Domain.Auditing;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Auditing;

[Trait("Obligation", "P1")]
public sealed class AuditEntryTests
{
    private static readonly AuditLeafHasher Hasher = new(TestAuditKey);

    [Fact]
    public void Record_ShouldCopyTheFieldsUnsequencedWithTheKeyedHashOfItsLeaf()
    {
        var record = NewAuditRecord(3);

        var entry = AuditEntry.Record(record, Hasher);

        Assert.Null(entry.Sequence);
        Assert.Equal(record.ActorId, entry.ActorId);
        Assert.Equal(record.ActorRole, entry.ActorRole);
        Assert.Equal(record.SubjectId, entry.SubjectId);
        Assert.Equal(record.RequestName, entry.RequestName);
        Assert.Equal(record.Outcome, entry.Outcome);
        Assert.Equal(record.ProblemType, entry.ProblemType);
        Assert.Equal(record.CorrelationId, entry.CorrelationId);
        Assert.Equal(HMACSHA256.HashData(TestAuditKey, (byte[])[0x00, .. AuditLeaf.Encode(entry)]), entry.LeafHash);
        Assert.True(Hasher.Matches(entry));
    }

    [Fact]
    public void Record_WhenTimeHasSubMillisecondTicks_ShouldStoreItTruncatedToMillisecondsInUtc()
    {
        var precise = new DateTimeOffset(2026, 3, 15, 14, 0, 0, 123, TimeSpan.FromHours(2)).AddTicks(4567);

        var entry = AuditEntry.Record(NewAuditRecord(occurredAt: precise), Hasher);

        Assert.Equal(new DateTimeOffset(2026, 3, 15, 12, 0, 0, 123, TimeSpan.Zero), entry.OccurredAt);
        Assert.Equal(TimeSpan.Zero, entry.OccurredAt.Offset);
    }

    [Fact]
    public void Encode_ShouldWriteEachFieldLengthPrefixedAndAMissingOneAsAllOnes()
    {
        var entry = AuditEntry.Record(
            new AuditRecord(new DateTimeOffset(2026, 3, 15, 12, 0, 0, 7, TimeSpan.Zero), null, null, null, "R", AuditOutcome.Refused, "conflict", "c"),
            Hasher);

        var expected = Field(AuditLeaf.Format)
            .Concat(Field(entry.Id.Value.ToString("D")))
            .Concat(Field("2026-03-15T12:00:00.007Z"))
            .Concat(Missing()).Concat(Missing()).Concat(Missing())
            .Concat(Field("R")).Concat(Field("Refused")).Concat(Field("conflict")).Concat(Field("c"));

        Assert.Equal(expected, AuditLeaf.Encode(entry));
    }

    [Theory]
    [InlineData(nameof(AuditEntry.Id))]
    [InlineData(nameof(AuditEntry.OccurredAt))]
    [InlineData(nameof(AuditEntry.ActorId))]
    [InlineData(nameof(AuditEntry.ActorRole))]
    [InlineData(nameof(AuditEntry.SubjectId))]
    [InlineData(nameof(AuditEntry.RequestName))]
    [InlineData(nameof(AuditEntry.Outcome))]
    [InlineData(nameof(AuditEntry.ProblemType))]
    [InlineData(nameof(AuditEntry.CorrelationId))]
    public void Matches_WhenAnyFieldIsChangedAfterwards_ShouldBeFalse(string field)
    {
        var entry = AuditEntry.Record(NewAuditRecord(), Hasher);

        SetPrivate(entry, field, ChangedValue(entry, field));

        Assert.False(Hasher.Matches(entry));
    }

    [Fact]
    public void Matches_WhenRehashedWithoutTheKey_ShouldBeFalse()
    {
        var entry = AuditEntry.Record(NewAuditRecord(), Hasher);

        SetPrivate(entry, nameof(AuditEntry.LeafHash), SHA256.HashData([0x00, .. AuditLeaf.Encode(entry)]));

        Assert.False(Hasher.Matches(entry));
        Assert.False(new AuditLeafHasher(RandomNumberGenerator.GetBytes(32)).Matches(AuditEntry.Record(NewAuditRecord(), Hasher)));
    }

    [Fact]
    public void AssignSequence_WhenAlreadySequenced_ShouldRefuse()
    {
        var entry = AuditEntry.Record(NewAuditRecord(), Hasher);
        entry.AssignSequence(7);

        Assert.Throws<InvalidOperationException>(() => entry.AssignSequence(8));
        Assert.Equal(7, entry.Sequence);
    }

    [Fact]
    public void AuditLeafHasher_WhenTheKeyIsShort_ShouldRefuse() =>
        Assert.Throws<ArgumentException>(() => new AuditLeafHasher(new byte[16]));

    private static byte[] Field(string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        return [0, 0, (byte)(bytes.Length >> 8), (byte)bytes.Length, .. bytes];
    }

    private static byte[] Missing() => [0xFF, 0xFF, 0xFF, 0xFF];

    private static object? ChangedValue(AuditEntry entry, string field) => field switch
    {
        nameof(AuditEntry.Id) => AuditEntryId.New(DateTimeOffset.UtcNow),
        nameof(AuditEntry.OccurredAt) => entry.OccurredAt.AddMilliseconds(1),
        nameof(AuditEntry.ActorId) => (Guid?)null,
        nameof(AuditEntry.ActorRole) => "Admin",
        nameof(AuditEntry.SubjectId) => Guid.CreateVersion7(),
        nameof(AuditEntry.RequestName) => entry.RequestName + "X",
        nameof(AuditEntry.Outcome) => AuditOutcome.Refused,
        nameof(AuditEntry.ProblemType) => "forbidden",
        nameof(AuditEntry.CorrelationId) => "another-correlation",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
