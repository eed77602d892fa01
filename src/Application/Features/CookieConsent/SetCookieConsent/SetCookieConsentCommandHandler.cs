using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.CookieConsent.SetCookieConsent;

public sealed class SetCookieConsentCommandHandler(ConsentLedger ledger, ICurrentActor actor, IRequestContext request)
    : ICommandHandler<SetCookieConsentCommand, CookieChoices>
{
    public async ValueTask<CookieChoices> Handle(SetCookieConsentCommand command, CancellationToken cancellationToken)
    {
        var subject = new ConsentSubject(actor.AccountId, request.VisitorId);
        if (!subject.IsKnown)
        {
            throw new RequestRefusedException("visitor-unknown", "Cookie choices need the visitor cookie; allow essential cookies and retry.");
        }

        await ledger.RecordAsync(subject, ConsentPurpose.AnalyticsCookies, command.Analytics, ConsentChannel.CookieBanner, cancellationToken);
        await ledger.RecordAsync(subject, ConsentPurpose.AdvertisingCookies, command.Advertising, ConsentChannel.CookieBanner, cancellationToken);
        return new CookieChoices(true, command.Analytics, command.Advertising, true);
    }
}
