using Pixyer.Application.Common.Requests;

namespace Pixyer.Application.Features.Sessions.LogIn;

/// <summary>
/// The session's bearer token and its anti-CSRF token. Both are shown once; only their hashes are kept.
/// </summary>
public sealed record LoggedIn(Guid SessionId, Guid AccountId, string Token, string CsrfToken, DateTimeOffset ExpiresAt)
    : IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => AccountId;

    public override string ToString() => nameof(LoggedIn);
}
