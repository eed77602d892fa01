using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Profile;

public sealed record MyProfile(
    Guid Id,
    string Username,
    string Email,
    string? PendingEmail,
    bool EmailVerified,
    DateOnly DateOfBirth,
    IReadOnlyList<string> Roles,
    string AcceptedPolicyVersion,
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
