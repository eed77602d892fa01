using FluentValidation;
using Pixyer.Application.Features.Accounts;

namespace Pixyer.Application.Features.Profile.ChangeMyPassword;

public sealed class ChangeMyPasswordCommandValidator : AbstractValidator<ChangeMyPasswordCommand>
{
    public ChangeMyPasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(PasswordPolicy.MaximumLength);
        RuleFor(c => c.NewPassword).NotEmpty().MaximumLength(PasswordPolicy.MaximumLength).NotEqual(c => c.CurrentPassword)
            .WithMessage("The new password must differ from the current one.");
    }
}
