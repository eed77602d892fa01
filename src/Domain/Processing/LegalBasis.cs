namespace Pixyer.Domain.Processing;

/// <summary>
/// The lawful basis of a processing activity: the person's consent, or one of the ten circumstances section 2
/// of the privacy policy lists for processing without authorization (obligation U10).
/// </summary>
public enum LegalBasis
{
    Consent,
    LegalObligation,
    NationalSecurity,
    PublicInterest,
    CriminalInvestigation,
    VitalInterests,
    SelfPublished,
    LawfullyPublic,
    Contract,
    ServiceSecurity,
    OtherLaw,
}
