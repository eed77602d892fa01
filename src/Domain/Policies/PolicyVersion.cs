using Pixyer.Domain.Accounts;

namespace Pixyer.Domain.Policies;

/// <summary>
/// A published version of the privacy policy (obligation V1). A significant version must be accepted again
/// before the account may do more than read, export, delete, withdraw and log out.
/// </summary>
public sealed class PolicyVersion
{
    public const int VersionMaxLength = 32;

    /// <summary>The policy's text; every version is published through the validator that keeps it.</summary>
    public const int TextMaxLength = 200_000;

    private PolicyVersion()
    {
    }

    public string Version { get; private set; } = "";

    public DateTimeOffset EffectiveAt { get; private set; }

    public bool Significant { get; private set; }

    public string Text { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    public AccountId? PublishedBy { get; private set; }

    public static PolicyVersion Publish(
        string version, DateTimeOffset effectiveAt, bool significant, string text, AccountId? publishedBy, DateTimeOffset now) =>
        new()
        {
            Version = version,
            EffectiveAt = effectiveAt,
            Significant = significant,
            Text = text,
            PublishedAt = now,
            PublishedBy = publishedBy,
        };

    public bool IsEffective(DateTimeOffset now) => EffectiveAt <= now;
}
