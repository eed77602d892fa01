using Pixyer.Domain.Auditing;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Auditing;

[Trait("Obligation", "P1")]
public sealed class AuditEntryTests
{
    [Fact]
    public void Append_WhenChainIsEmpty_ShouldStartAtOneFromTheGenesisHash()
    {
        var entry = AuditEntry.Append(null, NewAuditRecord());

        Assert.Equal(1, entry.Sequence);
        Assert.Equal(AuditEntry.GenesisHash, entry.PreviousHash);
        Assert.Equal(entry.ComputeHash(), entry.Hash);
        Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
    }

    [Fact]
    public void Append_WhenChainHasAnEntry_ShouldTakeTheNextSequenceAndLinkToItsHash()
    {
        var first = AuditEntry.Append(null, NewAuditRecord(0));

        var second = AuditEntry.Append(first, NewAuditRecord(1));

        Assert.Equal(first.Sequence + 1, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.NotEqual(first.Hash, second.Hash);
    }

    [Fact]
    public void Append_WhenRecordIsAppended_ShouldCopyItsFields()
    {
        var record = NewAuditRecord(3);

        var entry = AuditEntry.Append(null, record);

        Assert.Equal(record.ActorId, entry.ActorId);
        Assert.Equal(record.ActorRole, entry.ActorRole);
        Assert.Equal(record.SubjectId, entry.SubjectId);
        Assert.Equal(record.RequestName, entry.RequestName);
        Assert.Equal(record.Outcome, entry.Outcome);
        Assert.Equal(record.ProblemType, entry.ProblemType);
        Assert.Equal(record.CorrelationId, entry.CorrelationId);
    }

    [Fact]
    public void Append_WhenTimeHasSubMillisecondTicks_ShouldStoreItTruncatedToMillisecondsInUtc()
    {
        var precise = new DateTimeOffset(2026, 3, 15, 14, 0, 0, 123, TimeSpan.FromHours(2)).AddTicks(4567);

        var entry = AuditEntry.Append(null, NewAuditRecord(occurredAt: precise));

        Assert.Equal(new DateTimeOffset(2026, 3, 15, 12, 0, 0, 123, TimeSpan.Zero), entry.OccurredAt);
        Assert.Equal(TimeSpan.Zero, entry.OccurredAt.Offset);
    }

    [Theory]
    [InlineData(nameof(AuditEntry.Sequence))]
    [InlineData(nameof(AuditEntry.OccurredAt))]
    [InlineData(nameof(AuditEntry.ActorId))]
    [InlineData(nameof(AuditEntry.ActorRole))]
    [InlineData(nameof(AuditEntry.SubjectId))]
    [InlineData(nameof(AuditEntry.RequestName))]
    [InlineData(nameof(AuditEntry.Outcome))]
    [InlineData(nameof(AuditEntry.ProblemType))]
    [InlineData(nameof(AuditEntry.CorrelationId))]
    [InlineData(nameof(AuditEntry.PreviousHash))]
    public void ComputeHash_WhenAnyFieldChanges_ShouldChange(string field)
    {
        var entry = AuditEntry.Append(null, NewAuditRecord());
        var original = entry.ComputeHash();

        SetPrivate(entry, field, ChangedValue(entry, field));

        Assert.NotEqual(original, entry.ComputeHash());
    }

    [Fact]
    public void ComputeHash_WhenNothingChanges_ShouldBeStable()
    {
        var entry = AuditEntry.Append(null, NewAuditRecord());

        Assert.Equal(entry.Hash, entry.ComputeHash());
    }

    private static object? ChangedValue(AuditEntry entry, string field) => field switch
    {
        nameof(AuditEntry.Sequence) => entry.Sequence + 1,
        nameof(AuditEntry.OccurredAt) => entry.OccurredAt.AddMilliseconds(1),
        nameof(AuditEntry.ActorId) => (Guid?)null,
        nameof(AuditEntry.ActorRole) => "Admin",
        nameof(AuditEntry.SubjectId) => Guid.CreateVersion7(),
        nameof(AuditEntry.RequestName) => entry.RequestName + "X",
        nameof(AuditEntry.Outcome) => AuditOutcome.Refused,
        nameof(AuditEntry.ProblemType) => "forbidden",
        nameof(AuditEntry.CorrelationId) => "another-correlation",
        nameof(AuditEntry.PreviousHash) => new string('1', 64),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
