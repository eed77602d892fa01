namespace Pixyer.Domain.Accounts;

[Flags]
public enum Roles
{
    None = 0,
    Customer = 1,
    Support = 2,
    PrivacyOfficer = 4,
    Admin = 8,
}
