using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Consent;

/// <summary>
/// Declares that a request processes personal data for <see cref="Purpose"/>, which needs the person's current
/// grant (obligation G4). Without it the consent behavior refuses the request (403 <c>consent-required</c>), or,
/// for <see cref="Droppable"/> telemetry, lets it succeed for the caller while storing nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresConsentAttribute(ConsentPurpose purpose) : Attribute
{
    public ConsentPurpose Purpose { get; } = purpose;

    /// <summary>Telemetry (analytics events, pixels): without consent the request answers as usual and is dropped.</summary>
    public bool Droppable { get; init; }
}
