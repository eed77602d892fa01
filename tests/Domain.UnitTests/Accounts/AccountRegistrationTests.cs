using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Accounts;

public sealed class AccountRegistrationTests
{
    [Fact]
    [Trait("Obligation", "A1")]
    public void Register_WhenEighteenthBirthdayIsToday_ShouldCreateAccount()
    {
        var dateOfBirth = Today.AddYears(-18);

        var account = NewAccount(dateOfBirth: dateOfBirth);

        Assert.Equal(dateOfBirth, account.DateOfBirth);
    }

    [Fact]
    [Trait("Obligation", "A1")]
    public void Register_WhenEighteenthBirthdayIsTomorrow_ShouldRefuseWithAgeRequirement()
    {
        var dateOfBirth = Today.AddYears(-18).AddDays(1);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => NewAccount(dateOfBirth: dateOfBirth));

        Assert.Equal("age-requirement", refusal.ProblemType);
    }

    [Theory]
    [Trait("Obligation", "A1")]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(17)]
    public void Register_WhenApplicantIsAChild_ShouldRefuseWithAgeRequirement(int ageInYears)
    {
        var dateOfBirth = Today.AddYears(-ageInYears);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => NewAccount(dateOfBirth: dateOfBirth));

        Assert.Equal("age-requirement", refusal.ProblemType);
    }

    [Fact]
    [Trait("Obligation", "A1")]
    public void Register_WhenUtcDateIsAlreadyTheBirthday_ShouldJudgeAgeOnTheUtcDate()
    {
        // 23:30 on the 14th in New York is 04:30 on the 15th in UTC: the server's (UTC) date decides.
        var eveningBefore = new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.FromHours(-5));

        var account = NewAccount(dateOfBirth: new DateOnly(2008, 3, 15), now: eveningBefore);

        Assert.Equal(new DateOnly(2008, 3, 15), account.DateOfBirth);
    }

    [Fact]
    public void Register_WhenUsernameAndEmailHavePaddingAndCapitals_ShouldTrimAndNormalize()
    {
        var account = NewAccount(username: "  Alice.B  ", email: " Alice@Example.COM ");

        Assert.Equal("Alice.B", account.Username);
        Assert.Equal("alice.b", account.NormalizedUsername);
        Assert.Equal("Alice@Example.COM", account.Email);
        Assert.Equal("alice@example.com", account.NormalizedEmail);
    }

    [Fact]
    public void Register_WhenValid_ShouldStartAsActiveUnverifiedCustomer()
    {
        var account = NewAccount();

        Assert.Equal(Roles.Customer, account.Roles);
        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.False(account.IsEmailVerified);
        Assert.Null(account.PendingEmail);
        Assert.Equal(Now, account.CreatedAt);
    }

    [Theory]
    [InlineData(" Bob ", "bob")]
    [InlineData("BOB", "bob")]
    [InlineData("b.O_b-1", "b.o_b-1")]
    public void NormalizeUsername_WhenCaseOrPaddingDiffers_ShouldGiveTheSameKey(string username, string expected) =>
        Assert.Equal(expected, Account.NormalizeUsername(username));

    [Theory]
    [InlineData(" Bob@Example.com", "bob@example.com")]
    [InlineData("BOB@EXAMPLE.COM ", "bob@example.com")]
    public void NormalizeEmail_WhenCaseOrPaddingDiffers_ShouldGiveTheSameKey(string email, string expected) =>
        Assert.Equal(expected, Account.NormalizeEmail(email));
}
