using Pixyer.Api.Security;
using Pixyer.Application.Common.Security;

namespace Pixyer.Api.Http;

/// <summary>
/// The essential visitor cookie (obligation K2): a random id that lets an anonymous visitor's cookie choices be
/// remembered, and carried into an account at registration or login. It holds nothing about the person.
/// </summary>
public static class VisitorCookie
{
    public const string Name = "pixyer_visitor";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static Guid? Read(HttpRequest request) =>
        request.Cookies.TryGetValue(Name, out var value) && Guid.TryParse(value, out var id) ? id : null;

    /// <summary>The visitor's id, issuing a new one (and its cookie) for a first visit.</summary>
    public static Guid Ensure(HttpContext context, RequestContext request)
    {
        if (request.VisitorId is { } existing)
        {
            return existing;
        }

        var id = Guid.NewGuid();
        context.Response.Cookies.Append(Name, id.ToString(), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            // Lax unless the session cookies are sent cross-site, where a Lax cookie would not reach the API.
            SameSite = SessionCookies.SameSite(context) == SameSiteMode.None ? SameSiteMode.None : SameSiteMode.Lax,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
        request.VisitorId = id;
        return id;
    }
}
