using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Sessions;

/// <summary>
/// A session's anti-CSRF token is derived from its session token, so that the session can hand it out again
/// (after an SPA's page reload) without keeping it: the store holds only its hash.
/// </summary>
public static class SessionCsrf
{
    private const string Purpose = "pixyer-session-csrf";

    public static string TokenFor(ISecretTokens tokens, string sessionToken) => tokens.Derive(sessionToken, Purpose);
}
