using FluentValidation;
using Microsoft.Extensions.Options;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Recipients.RegisterRecipient;

public sealed class RegisterRecipientCommandValidator : AbstractValidator<RegisterRecipientCommand>
{
    public RegisterRecipientCommandValidator(IOptions<PrivacyControllerOptions> controller, TimeProvider clock)
    {
        RuleFor(c => c.Key)
            .NotEmpty()
            .MaximumLength(Recipient.KeyMaxLength)
            .Matches($"^[a-z0-9](?:[a-z0-9-]{{0,{Recipient.KeyMaxLength - 2}}}[a-z0-9])?$")
            .WithMessage($"key is a slug of up to {Recipient.KeyMaxLength} lower-case letters, digits and inner hyphens, e.g. acme-image-models.");

        Include(new RecipientDetailsValidator(controller, clock));
    }
}
