using FluentValidation;
using Microsoft.Extensions.Options;

namespace Pixyer.Application.Features.Accounts.Register;

public sealed class RegisterAccountCommandValidator : AbstractValidator<RegisterAccountCommand>
{
    public RegisterAccountCommandValidator(IOptions<PixyerOptions> options)
    {
        RuleFor(c => c.Username).ValidUsername();
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidNewPassword(c => c.Username, c => c.Email);
        RuleFor(c => c.DateOfBirth)
            .NotEmpty()
            .GreaterThan(new DateOnly(1900, 1, 1)).WithMessage("Enter a real date of birth.");
        RuleFor(c => c.AcceptedPolicyVersion)
            .NotEmpty()
            .Equal(options.Value.CurrentPolicyVersion)
            .WithMessage($"Accept the privacy policy in force (version {options.Value.CurrentPolicyVersion}).");
    }
}
