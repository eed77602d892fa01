using Pixyer.Domain.Common;

namespace Pixyer.Domain.UnitTests.Common;

[Trait("Obligation", "D1")]
public sealed class MaskingTests
{
    [Theory]
    [InlineData("user1237", "u***7")]
    [InlineData("Peter.Parker", "P***r")]
    [InlineData("abcd", "a***d")]
    [InlineData("  spaced-out  ", "s***t")]
    [InlineData("abc", "***")]
    [InlineData("ab", "***")]
    [InlineData("a", "***")]
    [InlineData("", "***")]
    [InlineData("Zoë_Ångström", "Z***m")]
    [InlineData("😀jim😀", "😀***😀")]
    [InlineData("e\u0301mile", "e\u0301***e")]
    public void Username_ShouldKeepOnlyTheFirstAndLastCharacterOfALongEnoughName(string username, string expected) =>
        Assert.Equal(expected, Masking.Username(username));

    [Theory]
    [InlineData("peter@example.com", "p***@example.com")]
    [InlineData("peter+shop@example.com", "p***@example.com")]
    [InlineData("Peter.Parker@Example.COM", "p***@example.com")]
    [InlineData("pa@example.com", "p***@example.com")]
    [InlineData("p@example.com", "***@example.com")]
    [InlineData("élodie@exemple.fr", "é***@exemple.fr")]
    [InlineData("  bob@mail.example.org ", "b***@mail.example.org")]
    [InlineData("not-an-address", "***")]
    [InlineData("@example.com", "***")]
    [InlineData("peter@", "***")]
    [InlineData("a@b@example.com", "***")]
    public void Email_ShouldKeepTheLocalPartsFirstCharacterAndTheDomain(string email, string expected) =>
        Assert.Equal(expected, Masking.Email(email));

    [Theory]
    [InlineData("user1237")]
    [InlineData("peter.parker")]
    public void Username_ShouldNeverContainTheName(string username) =>
        Assert.DoesNotContain(username, Masking.Username(username), StringComparison.OrdinalIgnoreCase);
}
