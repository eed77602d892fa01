namespace Pixyer.Application.Common.Consent;

/// <summary>The property holds the name of a purpose-wide consent purpose (<see cref="ConsentPurposes.PurposeWide"/>).</summary>
public sealed class PurposeWideConsentNameAttribute() : WireNameOfAttribute(ConsentPurposes.PurposeWide.Select(p => p.Name).ToList());
