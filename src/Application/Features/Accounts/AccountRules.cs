using FluentValidation;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Accounts;

/// <summary>Field rules shared by registration and profile correction.</summary>
public static class AccountRules
{
    public const int MaxEmailLength = Account.EmailMaxLength;

    public static IRuleBuilderOptions<T, string?> ValidUsername<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .Length(Account.UsernameMinLength, Account.UsernameMaxLength)

            .Matches("^[A-Za-z0-9._-]+$")
            .WithMessage("Username may only contain letters a-z, digits, '.', '_' and '-'.");

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .MaximumLength(MaxEmailLength)
            .EmailAddress(FluentValidation.Validators.EmailValidationMode.AspNetCoreCompatible)
            .Must(e => e is null || (!e.Contains(' ', StringComparison.Ordinal) && e.Split('@').Length == 2 && e.Split('@')[1].Contains('.', StringComparison.Ordinal)))
            .WithMessage("Enter an email address such as name@example.com.");

    public static IRuleBuilderOptionsConditions<T, string?> ValidNewPassword<T>(
        this IRuleBuilder<T, string?> rule, Func<T, string?> username, Func<T, string?> email) =>
        // The policy reports a long password too (the same message, shown once); this rule states the bound readably.
        rule.MaximumLength(PasswordPolicy.MaximumLength).WithMessage(PasswordPolicy.TooLongMessage).Custom((password, context) =>
        {
            var instance = context.InstanceToValidate;
            foreach (var violation in PasswordPolicy.Violations(password, username(instance), email(instance)))
            {
                context.AddFailure(violation);
            }
        });
}
