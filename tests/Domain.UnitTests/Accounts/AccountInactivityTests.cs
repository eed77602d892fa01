using Pixyer.Domain.Accounts;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Accounts;

public sealed class AccountInactivityTests
{
    [Theory]
    [Trait("Obligation", "R1")]
    [InlineData(165, false)]
    [InlineData(166, true)]
    [InlineData(200, true)]
    public void DueForInactivityWarning_ShouldCountFromTheLastActivity(int idleDays, bool due)
    {
        var account = NewAccount();

        Assert.Equal(due, Account.DueForInactivityWarning(Now.AddDays(idleDays)).Compile()(account));
    }

    [Fact]
    [Trait("Obligation", "R1")]
    public void RecordActivity_ShouldRestartTheIdlePeriod()
    {
        var account = NewAccount();

        account.RecordActivity(Now.AddDays(100));

        Assert.Equal(Now.AddDays(100), account.LastActiveAt);
        Assert.False(Account.DueForInactivityWarning(Now.AddDays(200)).Compile()(account));
        Assert.False(Account.DueToBecomeInactive(Now.AddDays(300)).Compile()(account));
        Assert.True(account.CanLogIn);
    }
}
