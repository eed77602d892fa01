using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Requests;

public enum AccessLevel
{
    /// <summary>Anyone, signed in or not.</summary>
    Anonymous,

    /// <summary>Any signed-in account.</summary>
    Authenticated,

    /// <summary>A signed-in account holding one of the named roles.</summary>
    Roles,

    /// <summary>Only the application itself (background jobs), never an HTTP caller.</summary>
    System,
}

/// <summary>Who may send a request; the authorization behavior enforces it (401 / 403).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AccessAttribute : Attribute
{
    public AccessAttribute(AccessLevel level) => Level = level;

    public AccessAttribute(Roles roles)
    {
        Level = AccessLevel.Roles;
        Roles = roles;
    }

    public AccessLevel Level { get; }

    public Roles Roles { get; }
}
