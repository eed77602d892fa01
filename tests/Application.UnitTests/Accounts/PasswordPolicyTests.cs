using Pixyer.Application.Features.Accounts;

namespace Pixyer.Application.UnitTests.Accounts;

[Trait("Obligation", "P2")]
public sealed class PasswordPolicyTests
{
    private const string Username = "alice";
    private const string Email = "bob.smith@example.com";

    [Theory]
    [InlineData("Abcdefghijk1")] // lower, upper, digit; exactly 12
    [InlineData("Abcdefghijk!")] // lower, upper, symbol
    [InlineData("abcdefghij1!")] // lower, digit, symbol
    [InlineData("ABCDEFGHIJ1!")] // upper, digit, symbol
    [InlineData("Correct-Horse-9-Battery")]
    public void Violations_WhenPasswordIsLongAndMixesThreeClasses_ShouldBeEmpty(string password) =>
        Assert.Empty(PasswordPolicy.Violations(password, Username, Email));

    [Fact]
    public void Violations_WhenPasswordIsElevenCharacters_ShouldRequireTwelve()
    {
        var violation = Assert.Single(PasswordPolicy.Violations("Abcdefghij1", Username, Email));

        Assert.Contains("at least 12", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Violations_WhenPasswordExceedsTheMaximum_ShouldRefuseIt()
    {
        var violation = Assert.Single(PasswordPolicy.Violations("Ab1" + new string('x', 126), Username, Email));

        Assert.Contains("at most 128", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abcdefghijklm")] // lower only
    [InlineData("abcdefghijk12")] // lower, digit
    [InlineData("ABCDEFGHIJK!!")] // upper, symbol
    [InlineData("123456789012!")] // digit, symbol
    public void Violations_WhenPasswordMixesFewerThanThreeClasses_ShouldRequireAMix(string password)
    {
        var violation = Assert.Single(PasswordPolicy.Violations(password, Username, Email));

        Assert.Contains("at least 3", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xxALICExx-2024")]
    [InlineData("my-alice-Pass1")]
    public void Violations_WhenPasswordContainsTheUsernameInAnyCase_ShouldRefuseIt(string password)
    {
        var violation = Assert.Single(PasswordPolicy.Violations(password, Username, Email));

        Assert.Contains("username", violation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bob.Smith#2024!")]
    [InlineData("x-BOB.SMITH-x-1")]
    public void Violations_WhenPasswordContainsTheEmailLocalPartInAnyCase_ShouldRefuseIt(string password)
    {
        var violation = Assert.Single(PasswordPolicy.Violations(password, Username, Email));

        Assert.Contains("email", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Violations_WhenPasswordContainsOnlyTheEmailDomain_ShouldAcceptIt() =>
        Assert.Empty(PasswordPolicy.Violations("Example.com-2024", Username, Email));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Violations_WhenPasswordIsMissing_ShouldReportOnlyThatItIsRequired(string? password)
    {
        var violation = Assert.Single(PasswordPolicy.Violations(password, Username, Email));

        Assert.Equal("Password is required.", violation);
    }

    [Fact]
    public void Violations_WhenPasswordBreaksEveryRule_ShouldReportAllAtOnce()
    {
        var violations = PasswordPolicy.Violations("alicebob.smith", Username, Email).ToList();

        Assert.Equal(3, violations.Count); // classes, username, email (14 characters is long enough)
    }
}
