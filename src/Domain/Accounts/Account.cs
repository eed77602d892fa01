using System.Linq.Expressions;
using Pixyer.Domain.Accounts.Rules;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Accounts;

public sealed class Account
{
    public const int UsernameMinLength = 3;
    public const int UsernameMaxLength = 32;
    public const int EmailMaxLength = 254;


    /// <summary>After this long without activity an account becomes inactive (R1).</summary>
    public static readonly TimeSpan InactivityPeriod = TimeSpan.FromDays(180);

    /// <summary>How long before it becomes inactive the account holder is told.</summary>
    public static readonly TimeSpan InactivityNotice = TimeSpan.FromDays(14);

    /// <summary>
    /// How long an inactive or deactivated account's data is kept once its retention clock has started (R1); then it
    /// is anonymized (R2). Calendar months, as the policy states it.
    /// </summary>
    public const int RetentionMonths = 24;

    /// <summary><see cref="LastActiveAt"/> is written at most this often, so that requests do not each cost a write.</summary>
    public static readonly TimeSpan ActivityResolution = TimeSpan.FromHours(1);

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

    /// <summary>The last login or authenticated request, kept to within <see cref="ActivityResolution"/> (obligation R1).</summary>
    public DateTimeOffset LastActiveAt { get; private set; }

    /// <summary>When the "log in to keep your account" mail was queued; cleared by activity.</summary>
    public DateTimeOffset? InactivityWarnedAt { get; private set; }

    /// <summary>
    /// When the 24-month retention period began: the account became inactive or was deactivated (R1). Anonymization
    /// is due 24 months later (R2) unless the subject is on legal hold (G6).
    /// </summary>
    public DateTimeOffset? RetentionClockStartedAt { get; private set; }

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
            LastActiveAt = now,
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

    /// <summary>An inactive account may log in: it is merely idle, and the login makes it active again.</summary>
    public bool CanLogIn => Status is AccountStatus.Active or AccountStatus.Inactive;

    /// <summary>
    /// The account was used: the idle period restarts, and an inactive account becomes active again with its
    /// retention clock and warning cleared (the policy's 180 days count from the last activity).
    /// </summary>
    public void RecordActivity(DateTimeOffset now)
    {
        LastActiveAt = now;
        InactivityWarnedAt = null;
        if (Status == AccountStatus.Inactive)
        {
            Status = AccountStatus.Active;
            RetentionClockStartedAt = null;
        }
    }

    /// <summary>
    /// The account is closed (a deletion request, G2): no login, no mail but the deletion's own, and the retention
    /// clock starts (R1) in case the erasure cannot run yet (a legal hold).
    /// </summary>
    public void Deactivate(DateTimeOffset now)
    {
        Status = AccountStatus.Deactivated;
        RetentionClockStartedAt ??= now;
    }

    /// <summary>Active accounts idle long enough to be warned, and not warned yet.</summary>
    public static Expression<Func<Account, bool>> DueForInactivityWarning(DateTimeOffset now)
    {
        var idleSince = now - InactivityPeriod + InactivityNotice;
        return a => a.Status == AccountStatus.Active && a.InactivityWarnedAt == null && a.LastActiveAt <= idleSince;
    }

    /// <summary>
    /// Active accounts idle for <see cref="InactivityPeriod"/> whose holder was warned at least
    /// <see cref="InactivityNotice"/> ago: the notice is always given in full, even when the daily job did not run.
    /// </summary>
    public static Expression<Func<Account, bool>> DueToBecomeInactive(DateTimeOffset now)
    {
        var idleSince = now - InactivityPeriod;
        var warnedBefore = now - InactivityNotice;
        return a => a.Status == AccountStatus.Active && a.LastActiveAt <= idleSince && a.InactivityWarnedAt <= warnedBefore;
    }

    /// <summary>Accounts whose retention clock started <see cref="RetentionMonths"/> or more ago (R2).</summary>
    public static Expression<Func<Account, bool>> DueForAnonymization(DateTimeOffset now)
    {
        var startedBy = now.AddMonths(-RetentionMonths);
        return a => a.RetentionClockStartedAt <= startedBy;
    }

    private void SetEmail(string email)
    {
        Email = email.Trim();
        NormalizedEmail = NormalizeEmail(email);
    }
}
