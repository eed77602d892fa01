using Pixyer.Domain.Billing;

namespace Pixyer.Domain.UnitTests.Billing;

[Trait("Obligation", "C4")]
public sealed class CardNumbersTests
{
    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("{\"token\":\"4242 4242 4242 4242\"}")]
    [InlineData("pan=5555-5555-5555-4444;")]
    [InlineData("378282246310005")]
    [InlineData("6011111111111117 is a discover test card")]
    [InlineData("4000056655665556")]
    [InlineData("4242424242424242-abcd-abcd-abcd-abcdabcdabcd")]
    [InlineData("{\"id\":\"01a24e02-48d0-739f-8170-100000000005\",\"card\":\"8170100000000005\"}")]
    public void ANumberThatPassesLuhn_ShouldBeFound(string text) => Assert.True(CardNumbers.AppearIn(text));

    [Theory]
    [InlineData("4242424242424241")]
    [InlineData("424242424242")]
    [InlineData("42424242424242424242")]
    [InlineData("4242  4242 4242 4242")]
    [InlineData("tok_visa")]
    [InlineData("0193f2a4-7b1c-7d3e-9f00-1a2b3c4d5e6f")]
    [InlineData("{\"paymentMethodId\":\"01a24e02-48d0-739f-8170-100000000005\"}")]
    [InlineData("")]
    public void AnythingElse_ShouldNotBe(string text) => Assert.False(CardNumbers.AppearIn(text));
}
