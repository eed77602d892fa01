using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Consents.SetMyConsent;

public sealed class SetMyConsentCommandHandler(ConsentLedger ledger, ICurrentActor actor)
    : ICommandHandler<SetMyConsentCommand, ConsentState>
{
    public async ValueTask<ConsentState> Handle(SetMyConsentCommand command, CancellationToken cancellationToken)
    {
        if (!ConsentPurposes.TryParse(command.Purpose, out var purpose))
        {
            throw new NotFoundException("consent purpose");
        }

        if (ConsentPurposes.PerItem.Contains(purpose))
        {
            throw new RequestRefusedException(
                "consent-granted-per-item", $"'{command.Purpose}' is granted for one item at a time, where that item is shown; it has no purpose-wide choice.");
        }

        var subject = new ConsentSubject(actor.RequiredAccountId, null);
        var channel = command.Channel == "api" ? ConsentChannel.Api : ConsentChannel.Settings;
        await ledger.RecordAsync(subject, purpose, command.Granted, channel, cancellationToken);
        var (_, name, description) = ConsentPurposes.All.First(p => p.Purpose == purpose);
        return new ConsentState(name, description, command.Granted, null, ConsentState.ChannelName(channel));
    }
}
