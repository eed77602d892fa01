using Pixyer.Domain.Accounts;
using Pixyer.Domain.LegalHolds;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.LegalHolds;

public sealed class LegalHoldTests
{
    [Fact]
    [Trait("Obligation", "G6")]
    public void Lift_ShouldKeepThePlacementAndRecordTheLifting()
    {
        var subject = AccountId.New();
        var officer = AccountId.New();
        var hold = LegalHold.Place(subject, " Court order ", officer, Now);

        hold.Lift("Case closed", officer, Now.AddDays(3));

        Assert.Equal(("Court order", Now, officer), (hold.Reason, hold.PlacedAt, hold.PlacedBy));
        Assert.Equal(("Case closed", Now.AddDays(3), officer), (hold.LiftReason, hold.LiftedAt!.Value, hold.LiftedBy!.Value));
        Assert.False(hold.IsActive);
        Assert.Throws<InvalidOperationException>(() => hold.Lift("Again", officer, Now.AddDays(4)));
    }
}
