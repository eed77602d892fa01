using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.CookieConsent.GetCookieConsent;

/// <summary>Obligation K4: the caller's cookie choices (the account's when signed in, else the visitor's).</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Cookies, DataCategory.Consents)]
public sealed record GetCookieConsentQuery : IQuery<CookieChoices>;
