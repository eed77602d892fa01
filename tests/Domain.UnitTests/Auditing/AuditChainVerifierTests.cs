using Pixyer.Domain.Auditing;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Auditing;

[Trait("Obligation", "P1")]
public sealed class AuditChainVerifierTests
{
    [Fact]
    public void Accept_WhenChainIsIntact_ShouldBeValid()
    {
        var verifier = Verify(NewAuditChain(5));

        Assert.True(verifier.IsValid);
        Assert.Null(verifier.FirstBrokenSequence);
        Assert.Equal(5, verifier.Entries);
    }

    [Fact]
    public void Accept_WhenAnEntryIsEdited_ShouldReportItsSequence()
    {
        var chain = NewAuditChain(5);
        SetPrivate(chain[2], nameof(AuditEntry.RequestName), "SomethingElse");

        var verifier = Verify(chain);

        Assert.False(verifier.IsValid);
        Assert.Equal(3, verifier.FirstBrokenSequence);
        Assert.Equal(5, verifier.Entries);
    }

    [Fact]
    public void Accept_WhenAnEntryIsEditedAndRehashed_ShouldReportTheNextEntry()
    {
        var chain = NewAuditChain(5);
        SetPrivate(chain[2], nameof(AuditEntry.Outcome), AuditOutcome.Refused);
        SetPrivate(chain[2], nameof(AuditEntry.Hash), chain[2].ComputeHash());

        var verifier = Verify(chain);

        Assert.Equal(4, verifier.FirstBrokenSequence);
    }

    [Fact]
    public void Accept_WhenAMiddleEntryIsRemoved_ShouldReportTheMissingSequence()
    {
        var chain = NewAuditChain(5);
        chain.RemoveAt(2);

        var verifier = Verify(chain);

        Assert.Equal(3, verifier.FirstBrokenSequence);
    }

    [Fact]
    public void Accept_WhenTwoEntriesAreSwapped_ShouldReportTheFirstOutOfPlace()
    {
        var chain = NewAuditChain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        var verifier = Verify(chain);

        Assert.Equal(2, verifier.FirstBrokenSequence);
    }

    [Fact]
    public void Accept_WhenTheFirstEntryIsMissing_ShouldReportSequenceOne()
    {
        var chain = NewAuditChain(3);
        chain.RemoveAt(0);

        var verifier = Verify(chain);

        Assert.Equal(1, verifier.FirstBrokenSequence);
    }

    private static AuditChainVerifier Verify(IEnumerable<AuditEntry> entries)
    {
        var verifier = new AuditChainVerifier();
        foreach (var entry in entries)
        {
            verifier.Accept(entry);
        }

        return verifier;
    }
}
