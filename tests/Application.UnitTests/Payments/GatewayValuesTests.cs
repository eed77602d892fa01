using Pixyer.Application.Common.Payments;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.UnitTests.Payments;

/// <summary>What an adapter reads from the gateway is kept within what Pixyer stores and the API declares.</summary>
[Trait("Obligation", "C4")]
public sealed class GatewayValuesTests
{
    [Fact]
    public void ACard_ShouldKeepItsBrandWithinItsBound_AndOnlyItsLastFourDigits()
    {
        var card = new GatewayCard("pm_1", new string('b', PaymentMethod.BrandMaxLength + 10), "0004242", 12, 2030, "fp");

        Assert.Equal(new string('b', PaymentMethod.BrandMaxLength), card.Brand);
        Assert.Equal("4242", card.Last4);
        Assert.Equal(PaymentMethod.BrandMaxLength, (card with { Brand = new string('v', 100) }).Brand.Length);
    }

    [Fact]
    public void ADecline_ShouldKeepItsCodeWithinItsBound()
    {
        var declined = GatewayCharge.Declined(new string('c', PaymentTransaction.DeclineCodeMaxLength + 1));

        Assert.Equal(PaymentTransaction.DeclineCodeMaxLength, declined.DeclineCode!.Length);
        Assert.Equal("card_declined", GatewayCharge.Declined("card_declined").DeclineCode);
        Assert.True(GatewayCharge.Paid("ch_1").Succeeded);
    }
}
