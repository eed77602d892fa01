using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Consents;

namespace Pixyer.Application.Features.Showcases.GetPublicDisclosure;

public sealed class GetPublicDisclosureQueryHandler(IAppDbContext db, ConsentLedger ledger, ICurrentActor actor)
    : IQueryHandler<GetPublicDisclosureQuery, PublicDisclosureOffer>
{
    public async ValueTask<PublicDisclosureOffer> Handle(GetPublicDisclosureQuery query, CancellationToken cancellationToken) =>
        await PublicDisclosureOffer.OfAsync(db, ledger, actor.RequiredAccountId, query.AssetId, cancellationToken);
}
