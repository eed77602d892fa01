using Pixyer.Domain.Accounts;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Common.Security;

/// <summary>
/// The scoped holder of the caller: the HTTP pipeline sets it after authentication, a background job sets it to
/// the system before it sends a command.
/// </summary>
public sealed class CurrentActor : ICurrentActor
{
    public AccountId? AccountId { get; private set; }

    public SessionId? SessionId { get; private set; }

    public Roles Roles { get; private set; }

    public bool IsSystem { get; private set; }

    public void SignIn(AccountId accountId, SessionId sessionId, Roles roles)
    {
        AccountId = accountId;
        SessionId = sessionId;
        Roles = roles;
    }

    public void ActAsSystem() => IsSystem = true;
}
