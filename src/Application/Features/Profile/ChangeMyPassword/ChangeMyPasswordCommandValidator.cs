using FluentValidation;

namespace Pixyer.Application.Features.Profile.ChangeMyPassword;

public sealed class ChangeMyPasswordCommandValidator : AbstractValidator<ChangeMyPasswordCommand>
{
    public ChangeMyPasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(128);
        RuleFor(c => c.NewPassword).NotEmpty().NotEqual(c => c.CurrentPassword)
            .WithMessage("The new password must differ from the current one.");
    }
}
