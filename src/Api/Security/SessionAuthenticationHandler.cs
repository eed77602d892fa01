using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Pixyer.Application.Features.Sessions.Authenticate;

namespace Pixyer.Api.Security;

/// <summary>
/// Authenticates a request by its session token, from <c>Authorization: Bearer</c> or the session cookie.
/// Access rules are not decided here: each request declares them and the mediator enforces them.
/// </summary>
public sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SessionAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Session";
    public const string SessionIdClaim = "sid";
    public const string RolesClaim = "pixyer:roles";
    public const string CsrfHashClaim = "pixyer:csrf";
    public const string MethodClaim = "amr";
    public const string CookieMethod = "cookie";
    public const string BearerMethod = "bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (token, method) = PresentedToken(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var session = await authenticator.AuthenticateAsync(token, Context.RequestAborted);
        if (session is null)
        {
            return AuthenticateResult.Fail("The session is unknown, revoked or expired.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, session.AccountId.Value.ToString()),
                new Claim(SessionIdClaim, session.SessionId.Value.ToString()),
                new Claim(RolesClaim, ((int)session.Roles).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(CsrfHashClaim, session.CsrfTokenHash),
                new Claim(MethodClaim, method),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>The session token a request presents, and how: in the Authorization header or the session cookie.</summary>
    public static (string? Token, string Method) PresentedToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (authorization["Bearer ".Length..].Trim(), BearerMethod);
        }

        return request.Cookies.TryGetValue(SessionCookies.Session, out var cookie) && !string.IsNullOrEmpty(cookie)
            ? (cookie, CookieMethod)
            : (null, CookieMethod);
    }
}
