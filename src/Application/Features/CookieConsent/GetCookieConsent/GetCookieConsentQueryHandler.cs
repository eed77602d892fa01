using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Consents;

namespace Pixyer.Application.Features.CookieConsent.GetCookieConsent;

public sealed class GetCookieConsentQueryHandler(ConsentLedger ledger, ICurrentActor actor, IRequestContext request)
    : IQueryHandler<GetCookieConsentQuery, CookieChoices>
{
    public async ValueTask<CookieChoices> Handle(GetCookieConsentQuery query, CancellationToken cancellationToken)
    {
        var subject = new ConsentSubject(actor.AccountId, actor.AccountId is null ? request.VisitorId : null);
        return CookieChoices.Of(await ledger.CurrentAsync(subject, cancellationToken));
    }
}
