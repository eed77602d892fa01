using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Sessions.LogIn;

/// <summary>
/// The session's bearer token and its anti-CSRF token. Both are shown once; only their hashes are kept.
/// </summary>
public sealed record LoggedIn(
    Guid SessionId,
    Guid AccountId,
    [property: MaxLength(ISecretTokens.TokenLength)] string Token,
    [property: MaxLength(ISecretTokens.TokenLength)] string CsrfToken,
    DateTimeOffset ExpiresAt)
    : IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => AccountId;

    public override string ToString() => nameof(LoggedIn);
}
