using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Consents.GetMyConsents;

public sealed class GetMyConsentsQueryHandler(ConsentLedger ledger, ICurrentActor actor)
    : IQueryHandler<GetMyConsentsQuery, IReadOnlyList<ConsentState>>
{
    public async ValueTask<IReadOnlyList<ConsentState>> Handle(GetMyConsentsQuery query, CancellationToken cancellationToken) =>
        ConsentState.Of(await ledger.CurrentAsync(new ConsentSubject(actor.RequiredAccountId, null), cancellationToken));
}
