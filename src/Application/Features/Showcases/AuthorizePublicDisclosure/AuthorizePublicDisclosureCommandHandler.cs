using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Showcases.AuthorizePublicDisclosure;

public sealed class AuthorizePublicDisclosureCommandHandler(IAppDbContext db, ConsentLedger ledger, ICurrentActor actor)
    : ICommandHandler<AuthorizePublicDisclosureCommand, PublicDisclosureOffer>
{
    public async ValueTask<PublicDisclosureOffer> Handle(AuthorizePublicDisclosureCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var offer = await PublicDisclosureOffer.OfAsync(db, ledger, owner, command.AssetId, cancellationToken);
        if (!offer.Authorized)
        {
            await ledger.RecordForItemAsync(owner, ConsentPurpose.PublicDisclosure, offer.Scope, true, ConsentChannel.Settings, cancellationToken);
        }

        return offer with { Authorized = true };
    }
}
