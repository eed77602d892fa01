using Microsoft.Extensions.Options;
using Pixyer.Api.Http;

namespace Pixyer.Api.Security;

/// <summary>
/// The cookies of a browser session (obligation K1). The session cookie holds the opaque token only: HttpOnly,
/// Secure, host-only, SameSite=Strict (or None for an SPA on another site, <see cref="HttpOptions.SessionCookieSameSite"/>).
/// The CSRF cookie is readable by a same-site SPA, which echoes it in <see cref="CsrfHeader"/>; another site's SPA
/// cannot read it and gets the token from <c>GET /sessions/current</c>.
/// </summary>
public static class SessionCookies
{
    public const string Session = "pixyer_session";
    public const string Csrf = "pixyer_csrf";
    public const string CsrfHeader = "X-CSRF-Token";

    public static void Write(HttpResponse response, string token, string csrfToken, DateTimeOffset expires)
    {
        var sameSite = SameSite(response.HttpContext);
        response.Cookies.Append(Session, token, Options(httpOnly: true, sameSite, expires));
        response.Cookies.Append(Csrf, csrfToken, Options(httpOnly: false, sameSite, expires));
    }

    public static void Clear(HttpResponse response)
    {
        var sameSite = SameSite(response.HttpContext);
        response.Cookies.Delete(Session, Options(httpOnly: true, sameSite, expires: null));
        response.Cookies.Delete(Csrf, Options(httpOnly: false, sameSite, expires: null));
    }

    /// <summary>The configured SameSite of the session cookies (<see cref="HttpOptions.SessionCookieSameSite"/>).</summary>
    public static SameSiteMode SameSite(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<HttpOptions>>().Value.SessionCookieSameSite;

    private static CookieOptions Options(bool httpOnly, SameSiteMode sameSite, DateTimeOffset? expires) => new()
    {
        HttpOnly = httpOnly,
        Secure = true,
        SameSite = sameSite,
        Path = "/",
        Expires = expires,
        IsEssential = true,
    };
}
