using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Sessions;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Sessions;

namespace Pixyer.Api.Security;

/// <summary>
/// Hands the authenticated account to the use cases, and guards cookie-authenticated unsafe requests against
/// CSRF with the session's synchronizer token (<see cref="SessionCookies.CsrfHeader"/>). Bearer requests carry no
/// ambient credential, so they need no token.
/// </summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentActor actor, ISecretTokens tokens)
    {
        var user = context.User;
        if (user.FindFirstValue(SessionAuthenticationHandler.SessionIdClaim) is { } sessionId)
        {
            if (IsUnsafe(context.Request.Method)
                && user.FindFirstValue(SessionAuthenticationHandler.MethodClaim) == SessionAuthenticationHandler.CookieMethod
                && !CsrfTokenMatches(context, user, tokens))
            {
                throw new CsrfTokenInvalidException();
            }

            actor.SignIn(
                new AccountId(Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!)),
                new SessionId(Guid.Parse(sessionId)),
                (Roles)int.Parse(user.FindFirstValue(SessionAuthenticationHandler.RolesClaim)!, CultureInfo.InvariantCulture));
        }

        return next(context);
    }

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static bool CsrfTokenMatches(HttpContext context, ClaimsPrincipal user, ISecretTokens tokens)
    {
        var presented = context.Request.Headers[SessionCookies.CsrfHeader].ToString();
        if (presented.Length == 0)
        {
            return false;
        }

        var expected = user.FindFirstValue(SessionAuthenticationHandler.CsrfHashClaim) ?? "";
        var sessionToken = SessionAuthenticationHandler.PresentedToken(context.Request).Token ?? "";
        // The hash matches the token given at login. A session started before CSRF tokens were derived from the
        // session token still holds a random one, and takes the derived one GET /sessions/current hands out too.
        return Same(tokens.Hash(presented), expected) || Same(presented, SessionCsrf.TokenFor(tokens, sessionToken));
    }

    private static bool Same(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), Encoding.ASCII.GetBytes(expected));
}
