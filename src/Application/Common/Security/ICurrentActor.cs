using Pixyer.Domain.Accounts;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Common.Security;

/// <summary>Who is sending the current request: a signed-in account, an anonymous caller, or the system.</summary>
public interface ICurrentActor
{
    AccountId? AccountId { get; }

    SessionId? SessionId { get; }

    Roles Roles { get; }

    bool IsSystem { get; }

    bool IsAuthenticated => AccountId is not null;

    /// <summary>The signed-in account, or 401.</summary>
    AccountId RequiredAccountId => AccountId ?? throw new Exceptions.UnauthenticatedException();

    /// <summary>The <see cref="Role"/> of background jobs.</summary>
    const string SystemRole = "System";

    /// <summary>The <see cref="Role"/> of a caller who is not signed in.</summary>
    const string AnonymousRole = "Anonymous";

    /// <summary>The highest role, for the audit trail.</summary>
    string Role => IsSystem ? SystemRole
        : Roles.HasFlag(Roles.Admin) ? nameof(Roles.Admin)
        : Roles.HasFlag(Roles.PrivacyOfficer) ? nameof(Roles.PrivacyOfficer)
        : Roles.HasFlag(Roles.Support) ? nameof(Roles.Support)
        : AccountId is null ? AnonymousRole
        : nameof(Roles.Customer);
}
