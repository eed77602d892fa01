namespace Pixyer.Domain.Accounts;

public enum AccountStatus
{
    Active = 0,
    Deactivated = 1,

    /// <summary>No activity for 180 days (R1): the retention clock runs; logging in makes the account active again.</summary>
    Inactive = 2,

    /// <summary>
    /// Erased or anonymized (G2, R2): what is left is a shell with the random id and the creation date, kept so that
    /// the retained, pseudonymous records (audit trail, erasure ledger) still point at a row; it cannot log in.
    /// </summary>
    Erased = 3,
}
