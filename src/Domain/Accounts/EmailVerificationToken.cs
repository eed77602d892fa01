using Pixyer.Domain.Common;

namespace Pixyer.Domain.Accounts;

/// <summary>A single-use token mailed to an address; only its hash is stored.</summary>
public sealed class EmailVerificationToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private EmailVerificationToken()
    {
    }

    public Guid Id { get; private set; }

    public AccountId AccountId { get; private set; }

    [PersonalData]
    public string Email { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public static EmailVerificationToken Issue(AccountId accountId, string email, string tokenHash, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Email = email,
            TokenHash = tokenHash,
            ExpiresAt = now + Lifetime,
        };

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    public void Use(DateTimeOffset now) => UsedAt = now;
}
