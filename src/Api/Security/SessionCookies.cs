namespace Pixyer.Api.Security;

/// <summary>
/// The cookies of a browser session (obligation K1). The session cookie holds the opaque token only: HttpOnly,
/// Secure, SameSite=Strict. The CSRF cookie is readable by the SPA, which echoes it in <see cref="CsrfHeader"/>.
/// </summary>
public static class SessionCookies
{
    public const string Session = "pixyer_session";
    public const string Csrf = "pixyer_csrf";
    public const string CsrfHeader = "X-CSRF-Token";

    public static void Write(HttpResponse response, string token, string csrfToken, DateTimeOffset expires)
    {
        response.Cookies.Append(Session, token, Options(httpOnly: true, expires));
        response.Cookies.Append(Csrf, csrfToken, Options(httpOnly: false, expires));
    }

    public static void Clear(HttpResponse response)
    {
        response.Cookies.Delete(Session, Options(httpOnly: true, expires: null));
        response.Cookies.Delete(Csrf, Options(httpOnly: false, expires: null));
    }

    private static CookieOptions Options(bool httpOnly, DateTimeOffset? expires) => new()
    {
        HttpOnly = httpOnly,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        Expires = expires,
        IsEssential = true,
    };
}
