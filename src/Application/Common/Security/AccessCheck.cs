using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Requests;

namespace Pixyer.Application.Common.Security;

/// <summary>Whether the caller may send a request that declares <see cref="AccessAttribute"/>: 401 when not signed in, 403 without the role.</summary>
public static class AccessCheck
{
    /// <summary>The refusal to answer, or null when the caller may go on.</summary>
    public static ProblemException? Refusal(AccessAttribute access, ICurrentActor actor) => access.Level switch
    {
        AccessLevel.System when !actor.IsSystem => new ForbiddenException("Only the system may do this."),
        AccessLevel.Authenticated or AccessLevel.Roles when !actor.IsAuthenticated => new UnauthenticatedException(),
        AccessLevel.Roles when (actor.Roles & access.Roles) == 0 => new ForbiddenException(),
        _ => null,
    };
}
