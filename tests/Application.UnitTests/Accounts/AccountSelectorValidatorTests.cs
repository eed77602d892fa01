using Pixyer.Application.Common.Accounts;

namespace Pixyer.Application.UnitTests.Accounts;

/// <summary>The rule an incident or a business transfer stores is written within the length the API declares.</summary>
[Trait("Obligation", "P3")]
public sealed class AccountSelectorValidatorTests
{
    private static readonly AccountSelectorValidator Validator = new();

    [Fact]
    public void TheLongestListOfAccounts_ShouldFitTheDeclaredLength()
    {
        var selector = new AccountSelector(
            AccountSelector.ListedAccounts, AccountIds: Enumerable.Range(0, AccountSelectorValidator.MaxListedAccounts).Select(_ => Guid.NewGuid()).ToList());

        Assert.True(Validator.Validate(selector).IsValid);
        Assert.InRange(selector.Describe().Length, 1, AccountSelector.DescriptionMaxLength);
    }

    [Fact]
    public void ACategoryRepeatedPastTheDeclaredLength_ShouldBeRefused()
    {
        var selector = new AccountSelector(AccountSelector.DataCategories, Categories: Enumerable.Repeat("uploads", AccountSelector.DescriptionMaxLength / 10).ToList());

        var result = Validator.Validate(selector);

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains($"at most {AccountSelector.DescriptionMaxLength} characters", StringComparison.Ordinal));
    }
}
