using FluentValidation;
using Pixyer.Application.Features.Accounts;

namespace Pixyer.Application.Features.Profile.CorrectMyProfile;

public sealed class CorrectMyProfileCommandValidator : AbstractValidator<CorrectMyProfileCommand>
{
    public CorrectMyProfileCommandValidator()
    {
        RuleFor(c => c).Must(c => c.Username is not null || c.Email is not null)
            .WithName("body").WithMessage("Send a username, an email, or both.");
        RuleFor(c => c.Username).ValidUsername().When(c => c.Username is not null);
        RuleFor(c => c.Email).ValidEmail().When(c => c.Email is not null);
    }
}
