using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Accounts;

public sealed class AccountEmailTests
{
    [Fact]
    public void RequestEmailChange_WhenNotYetConfirmed_ShouldKeepTheCurrentAddress()
    {
        var account = NewAccount(email: "old@example.com");

        account.RequestEmailChange("  New@Example.com ");

        Assert.Equal("old@example.com", account.Email);
        Assert.Equal("New@Example.com", account.PendingEmail);
    }

    [Fact]
    [Trait("Obligation", "C1")]
    public void ConfirmEmail_WhenPendingAddressIsConfirmed_ShouldMoveItIntoPlace()
    {
        var account = NewAccount(email: "old@example.com");
        account.RequestEmailChange("New@Example.com");
        var confirmedAt = Now.AddHours(1);

        account.ConfirmEmail("new@EXAMPLE.com", confirmedAt);

        Assert.Equal("New@Example.com", account.Email);
        Assert.Equal("new@example.com", account.NormalizedEmail);
        Assert.Null(account.PendingEmail);
        Assert.Equal(confirmedAt, account.EmailVerifiedAt);
        Assert.True(account.IsEmailVerified);
    }

    [Fact]
    [Trait("Obligation", "C1")]
    public void ConfirmEmail_WhenCurrentAddressIsConfirmedWhileAChangeIsPending_ShouldKeepBoth()
    {
        var account = NewAccount(email: "old@example.com");
        account.RequestEmailChange("new@example.com");

        account.ConfirmEmail("old@example.com", Now);

        Assert.Equal("old@example.com", account.Email);
        Assert.Equal("new@example.com", account.PendingEmail);
        Assert.True(account.IsEmailVerified);
    }
}
