using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Profile;

public sealed record MyProfile(
    Guid Id,
    [property: MaxLength(Account.UsernameMaxLength)] string Username,
    [property: MaxLength(Account.EmailMaxLength)] string Email,
    [property: MaxLength(Account.EmailMaxLength)] string? PendingEmail,
    bool EmailVerified,
    DateOnly DateOfBirth,
    [property: RoleName, MaxLength(EnumListBounds.Roles)] IReadOnlyList<string> Roles,
    [property: MaxLength(PolicyVersion.VersionMaxLength)] string AcceptedPolicyVersion,

    DateTimeOffset CreatedAt)
{
    public static MyProfile Of(Account account) => new(
        account.Id.Value,
        account.Username,
        account.Email,
        account.PendingEmail,
        account.IsEmailVerified,
        account.DateOfBirth,
        RoleNames.Of(account.Roles),
        account.AcceptedPolicyVersion,
        account.CreatedAt);
}
