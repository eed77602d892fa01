using FluentValidation;
using Microsoft.Extensions.Options;
using Pixyer.Application.Features.Privacy;

namespace Pixyer.Application.Features.Recipients.ReviseRecipient;

public sealed class ReviseRecipientCommandValidator : AbstractValidator<ReviseRecipientCommand>
{
    public ReviseRecipientCommandValidator(IOptions<PrivacyControllerOptions> controller, TimeProvider clock) =>
        Include(new RecipientDetailsValidator(controller, clock));
}
