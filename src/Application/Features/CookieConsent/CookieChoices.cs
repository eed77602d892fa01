using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.CookieConsent;

/// <summary>
/// The cookie banner's state (obligations K2, K4): essential cookies cannot be refused; analytics and
/// advertising cookies are off until chosen.
/// </summary>
public sealed record CookieChoices(bool Essential, bool Analytics, bool Advertising, bool Decided)
{
    public static CookieChoices Of(IReadOnlyDictionary<ConsentPurpose, ConsentEvent> current) =>
        new(
            true,
            current.TryGetValue(ConsentPurpose.AnalyticsCookies, out var analytics) && analytics.Granted,
            current.TryGetValue(ConsentPurpose.AdvertisingCookies, out var advertising) && advertising.Granted,
            current.ContainsKey(ConsentPurpose.AnalyticsCookies) || current.ContainsKey(ConsentPurpose.AdvertisingCookies));
}
