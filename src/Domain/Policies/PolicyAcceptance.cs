using Pixyer.Domain.Accounts;

namespace Pixyer.Domain.Policies;

/// <summary>That an account accepted a policy version, when, and how (obligation V1).</summary>
public sealed class PolicyAcceptance
{
    private PolicyAcceptance()
    {
    }

    public long Id { get; private set; }

    public AccountId AccountId { get; private set; }

    public string Version { get; private set; } = "";

    public PolicyAcceptanceChannel Channel { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }

    public static PolicyAcceptance Record(AccountId accountId, string version, PolicyAcceptanceChannel channel, DateTimeOffset now) =>
        new() { AccountId = accountId, Version = version, Channel = channel, AcceptedAt = now };
}
