namespace Pixyer.Domain.Accounts;

public enum AccountStatus
{
    Active = 0,
    Deactivated = 1,

    /// <summary>No activity for 180 days (R1): the retention clock runs; logging in makes the account active again.</summary>
    Inactive = 2,
}
