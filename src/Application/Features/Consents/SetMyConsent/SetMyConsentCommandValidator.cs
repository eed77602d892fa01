using FluentValidation;

namespace Pixyer.Application.Features.Consents.SetMyConsent;

public sealed class SetMyConsentCommandValidator : AbstractValidator<SetMyConsentCommand>
{
    public SetMyConsentCommandValidator() =>
        RuleFor(c => c.Channel).Must(c => c is null or SetMyConsentCommand.SettingsChannel or SetMyConsentCommand.ApiChannel)
            .WithMessage("channel is 'settings' (the default) or 'api'.");
}
