using Pixyer.Domain.Accounts.Rules;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Accounts;

public sealed class Account
{
    private Account()
    {
    }

    public AccountId Id { get; private set; }

    [PersonalData]
    public string Username { get; private set; } = "";

    [PersonalData]
    public string NormalizedUsername { get; private set; } = "";

    [PersonalData]
    public string Email { get; private set; } = "";

    [PersonalData]
    public string NormalizedEmail { get; private set; } = "";

    /// <summary>A new address waiting for its verification; it replaces <see cref="Email"/> once verified.</summary>
    [PersonalData]
    public string? PendingEmail { get; private set; }

    public DateTimeOffset? EmailVerifiedAt { get; private set; }

    public string PasswordHash { get; private set; } = "";

    [PersonalData]
    public DateOnly DateOfBirth { get; private set; }

    public string AcceptedPolicyVersion { get; private set; } = "";

    public Roles Roles { get; private set; }

    public AccountStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsEmailVerified => EmailVerifiedAt is not null;

    public static Account Register(
        string username,
        string email,
        string passwordHash,
        DateOnly dateOfBirth,
        string acceptedPolicyVersion,
        DateTimeOffset now)
    {
        BusinessRules.Check(new AccountHolderMustBeAdultRule(dateOfBirth, DateOnly.FromDateTime(now.UtcDateTime)));
        var account = new Account
        {
            Id = AccountId.New(),
            DateOfBirth = dateOfBirth,
            PasswordHash = passwordHash,
            AcceptedPolicyVersion = acceptedPolicyVersion,
            Roles = Roles.Customer,
            Status = AccountStatus.Active,
            CreatedAt = now,
        };
        account.ChangeUsername(username);
        account.SetEmail(email);
        return account;
    }

    public static string NormalizeUsername(string username) => username.Trim().ToLowerInvariant();

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public void ChangeUsername(string username)
    {
        Username = username.Trim();
        NormalizedUsername = NormalizeUsername(username);
    }

    /// <summary>Corrects the address: it takes effect only when the mailed token comes back (<see cref="ConfirmEmail"/>).</summary>
    public void RequestEmailChange(string newEmail) => PendingEmail = newEmail.Trim();

    /// <summary>True when <paramref name="email"/> is the account's address or the one waiting for verification.</summary>
    public bool Uses(string email) =>
        NormalizeEmail(email) == NormalizedEmail || (PendingEmail is not null && NormalizeEmail(PendingEmail) == NormalizeEmail(email));

    /// <summary>Marks <paramref name="email"/> as verified; a pending new address becomes the account's address.</summary>
    public void ConfirmEmail(string email, DateTimeOffset now)
    {
        if (!Uses(email))
        {
            throw new InvalidOperationException("Only the account's current or pending address can be confirmed.");
        }

        if (PendingEmail is not null && NormalizeEmail(PendingEmail) == NormalizeEmail(email))
        {
            SetEmail(PendingEmail);
            PendingEmail = null;
        }

        EmailVerifiedAt = now;
    }

    public void ChangePassword(string passwordHash) => PasswordHash = passwordHash;

    public void GrantRoles(Roles roles) => Roles |= roles;

    /// <summary>Replaces the staff roles; every account keeps <see cref="Roles.Customer"/>.</summary>
    public void SetRoles(Roles roles) => Roles = roles | Roles.Customer;

    public bool HasAnyRole(Roles roles) => (Roles & roles) != Roles.None;

    public bool CanLogIn => Status == AccountStatus.Active;

    private void SetEmail(string email)
    {
        Email = email.Trim();
        NormalizedEmail = NormalizeEmail(email);
    }
}
