using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Security;

/// <summary>
/// A failed login, kept for 15 minutes of throttling (obligation P1). The client address is stored only
/// as a keyed hash, so the row tells nothing about where a person was.
/// </summary>
public sealed class LoginFailure
{
    private LoginFailure()
    {
    }

    public long Id { get; private set; }

    public AccountId? AccountId { get; private set; }

    [PersonalData]
    public string ClientKey { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public static LoginFailure Record(AccountId? accountId, string clientKey, DateTimeOffset now) =>
        new() { AccountId = accountId, ClientKey = clientKey, OccurredAt = now };
}
