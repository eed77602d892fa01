using FluentValidation;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Validation;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Accounts.Register;

public sealed class RegisterAccountCommandValidator : AbstractValidator<RegisterAccountCommand>
{
    public RegisterAccountCommandValidator()
    {
        RuleFor(c => c.Username).ValidUsername();
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidNewPassword(c => c.Username, c => c.Email);
        RuleFor(c => c.DateOfBirth)
            .NotEmpty()
            .GreaterThan(new DateOnly(1900, 1, 1)).WithMessage("Enter a real date of birth.");
        RuleFor(c => c.AcceptedPolicyVersion).NotEmpty().MaximumLength(PolicyVersion.VersionMaxLength);
        RuleFor(c => c.Consents).MaximumCount(ConsentPurposes.PurposeWide.Count);
        RuleForEach(c => c.Consents).Must(name => ConsentPurposes.TryParse(name, out var purpose) && !ConsentPurposes.PerItem.Contains(purpose))
            .WithMessage($"Unknown consent purpose; the purposes are: {string.Join(", ", ConsentPurposes.PurposeWide.Select(p => p.Name))}.");
    }
}
