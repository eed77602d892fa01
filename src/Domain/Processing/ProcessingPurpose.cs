namespace Pixyer.Domain.Processing;

/// <summary>Why personal data is processed, after section 2 of the privacy policy (obligations U1-U9).</summary>
public enum ProcessingPurpose
{
    /// <summary>U1: account registration, verification, login and management.</summary>
    AccountManagement,

    /// <summary>U1: subscription payments (plans, payment methods, charges, invoices).</summary>
    SubscriptionPayment,

    /// <summary>U2: providing the service (derivative works from uploads).</summary>
    ServiceProvision,

    /// <summary>U3: analysing uploads and assets to improve AI models.</summary>
    ModelImprovement,

    /// <summary>U3: personalized advertising.</summary>
    PersonalizedAdvertising,

    /// <summary>U4: customer support.</summary>
    CustomerSupport,

    /// <summary>U5: service operations and maintenance.</summary>
    ServiceOperations,

    /// <summary>U6: identity verification.</summary>
    IdentityVerification,

    /// <summary>U7: security, fraud prevention and research.</summary>
    Security,

    /// <summary>U8: operational emails (bills, usage reminders, account notices).</summary>
    OperationalEmail,

    /// <summary>U9: marketing email.</summary>
    Marketing,

    /// <summary>Honouring data-subject rights and keeping records the law requires (audit, processing register).</summary>
    LegalCompliance,
}
