using Pixyer.Application.Features.Accounts.Register;

namespace Pixyer.Application.UnitTests.Accounts;

[Trait("Obligation", "C1")]
public sealed class RegisterAccountCommandValidatorTests
{
    private static readonly RegisterAccountCommandValidator Validator = new();

    private static RegisterAccountCommand ValidCommand() =>
        new("alice_01", "wonder@example.com", "Correct-Horse-9-Battery", new DateOnly(1990, 5, 17), "2024-08-14", ["marketing_email"]);

    [Fact]
    public void Validate_WhenEveryFieldIsValid_ShouldReportNoErrors()
    {
        var result = Validator.Validate(ValidCommand());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    [Trait("Obligation", "P2")]
    public void Validate_WhenEveryFieldIsWrong_ShouldReportAllFieldsAtOnce()
    {
        var command = new RegisterAccountCommand("a b", "not-an-email", "short", default, "");

        var result = Validator.Validate(command);

        Assert.Equal(
            [
                nameof(RegisterAccountCommand.AcceptedPolicyVersion),
                nameof(RegisterAccountCommand.DateOfBirth),
                nameof(RegisterAccountCommand.Email),
                nameof(RegisterAccountCommand.Password),
                nameof(RegisterAccountCommand.Username),
            ],
            result.Errors.Select(e => e.PropertyName).Distinct().Order());
    }

    [Fact]
    [Trait("Obligation", "G4")]
    public void Validate_WhenAnInitialConsentIsUnknown_ShouldRefuseOnlyThatField()
    {
        var command = ValidCommand() with { Consents = ["marketing_email", "sell_my_data"] };

        var result = Validator.Validate(command);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith(nameof(RegisterAccountCommand.Consents), error.PropertyName, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "P2")]
    public void Validate_WhenPasswordContainsTheUsername_ShouldRefuseThePassword()
    {
        var command = ValidCommand() with { Password = "Alice_01-Horse-9" };

        var result = Validator.Validate(command);

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(RegisterAccountCommand.Password), error.PropertyName);
    }

    [Theory]
    [InlineData("name@localhost")]
    [InlineData("two@@example.com")]
    [InlineData("with space@example.com")]
    public void Validate_WhenEmailIsNotADeliverableAddress_ShouldRefuseTheEmail(string email)
    {
        var result = Validator.Validate(ValidCommand() with { Email = email });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(RegisterAccountCommand.Email));
    }

    [Fact]
    public void Validate_WhenDateOfBirthIsBefore1900_ShouldRefuseIt()
    {
        var result = Validator.Validate(ValidCommand() with { DateOfBirth = new DateOnly(1899, 12, 31) });

        Assert.Equal(nameof(RegisterAccountCommand.DateOfBirth), Assert.Single(result.Errors).PropertyName);
    }
}
