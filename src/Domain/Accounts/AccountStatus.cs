namespace Pixyer.Domain.Accounts;

public enum AccountStatus
{
    Active = 0,
    Deactivated = 1,
}
