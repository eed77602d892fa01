namespace Pixyer.Domain.Rights;

public enum ErasureReason
{
    /// <summary>The person, staff on their behalf, or a guardian asked for it (G2, G5, A2).</summary>
    Deletion = 0,

    /// <summary>The retention period ran out (R2, G7).</summary>
    Anonymization = 1,

    /// <summary>
    /// A registration whose email address was never verified within seven days: purged, as nobody can be shown to
    /// have wanted the account. (The name fits the ledger's 16-character column.)
    /// </summary>
    UnverifiedSignup = 2,
}
