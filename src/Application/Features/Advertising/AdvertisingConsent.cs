using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Advertising;

/// <summary>The consent personalized advertising needs (U3): profiles and audiences cover only accounts granting it.</summary>
public static class AdvertisingConsent
{
    public const ConsentPurpose Purpose = ConsentPurpose.AdvertisingCookies;
}
