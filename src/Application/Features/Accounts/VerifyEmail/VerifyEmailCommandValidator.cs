using FluentValidation;

namespace Pixyer.Application.Features.Accounts.VerifyEmail;

public sealed class VerifyEmailCommandValidator : AbstractValidator<VerifyEmailCommand>
{
    public VerifyEmailCommandValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(128);
}
