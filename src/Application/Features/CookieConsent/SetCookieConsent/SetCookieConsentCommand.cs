using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.CookieConsent.SetCookieConsent;

/// <summary>
/// Obligations K2, K4, C10: the cookie banner's choice, recorded in the consent ledger under the visitor id
/// (and the account, when signed in).
/// </summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Cookies, DataCategory.Consents)]
public sealed record SetCookieConsentCommand(bool Analytics, bool Advertising) : ICommand<CookieChoices>;
