using Pixyer.Domain.Common;

namespace Pixyer.Domain.Accounts;

/// <summary>A single-use token mailed to an address; only its hash is stored.</summary>
public sealed class EmailVerificationToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private EmailVerificationToken()
    {
    }

    public EmailVerificationTokenId Id { get; private set; }

    public AccountId AccountId { get; private set; }

    /// <summary>Normalized, so that the tokens sent to one address can be counted; the mail goes to it as typed.</summary>
    [PersonalData]
    public string Email { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>Set when a newer token replaces this one: only the newest link mailed for an account works.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    public static EmailVerificationToken Issue(AccountId accountId, string email, string tokenHash, DateTimeOffset now) =>
        new()
        {
            Id = EmailVerificationTokenId.New(),
            AccountId = accountId,
            Email = Account.NormalizeEmail(email),
            TokenHash = tokenHash,
            ExpiresAt = now + Lifetime,
        };

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && RevokedAt is null && now < ExpiresAt;

    public void Use(DateTimeOffset now) => UsedAt = now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
