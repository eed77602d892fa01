using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Assets;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Showcases.WithdrawPublicDisclosure;

public sealed class WithdrawPublicDisclosureCommandHandler(IAppDbContext db, ConsentLedger ledger, ICurrentActor actor)
    : ICommandHandler<WithdrawPublicDisclosureCommand>
{
    public async ValueTask<Unit> Handle(WithdrawPublicDisclosureCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var offer = await PublicDisclosureOffer.OfAsync(db, ledger, owner, command.AssetId, cancellationToken);
        if (offer.Authorized)
        {
            await ledger.RecordForItemAsync(owner, ConsentPurpose.PublicDisclosure, offer.Scope, false, ConsentChannel.Settings, cancellationToken);
        }

        var asset = new AssetId(command.AssetId);
        await db.Showcases.Where(s => s.AssetId == asset).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
