using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Audit;

/// <summary>Who did what an audit entry records, as the person it is about reads it: never which member of staff.</summary>
public static class AuditActorKind
{
    public const string Self = "self";
    public const string Staff = "staff";
    public const string System = "system";
    public const string Anonymous = "anonymous";
    public const string AnotherAccount = "another-account";

    /// <summary><paramref name="role"/> is the actor's highest role as <see cref="ICurrentActor.Role"/> recorded it.</summary>
    public static string Of(Guid? actorId, string? role, AccountId subject) =>
        actorId == subject.Value ? Self
        : role == ICurrentActor.SystemRole ? System
        : role is nameof(Roles.Support) or nameof(Roles.PrivacyOfficer) or nameof(Roles.Admin) ? Staff
        : actorId is null ? Anonymous
        : AnotherAccount;
}
