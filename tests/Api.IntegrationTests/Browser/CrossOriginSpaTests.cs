using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Consents;

namespace Pixyer.Api.IntegrationTests.Browser;

/// <summary>
/// An SPA on another origin than the API (<see cref="SpaOrigins"/>: <c>http://localhost:port</c>), as Chromium carries
/// it: CORS preflights, the session cookie, and the CSRF token read back from <c>GET /sessions/current</c> after a
/// reload. With the API on the SPA's site (<c>http://localhost:</c> another port) the cookies work; with the API on
/// another site (<c>http://127.0.0.1:port</c>) over plain http Chromium keeps none, whatever their SameSite.
/// </summary>
public sealed class CrossOriginSpaTests(PixyerApiFactory app, Chromium chromium, SpaOrigins spas)
    : BrowserTest(app, chromium), IClassFixture<SpaOrigins>
{
    protected override Dictionary<string, string> LiveSettings => new()
    {
        ["Pixyer:Cors:AllowedOrigins:0"] = spas.Configured,
        ["Pixyer:Http:SessionCookieSameSite"] = "None",
    };

    [Fact]
    [Trait("Obligation", "K1")]
    [Trait("Obligation", "G4")]
    public async Task An_spa_on_a_configured_origin_logs_in_reloads_gets_its_csrf_token_back_and_withdraws_a_consent()
    {
        api = SameSiteApi;
        var me = await SignUpAsync();
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = true }), System.Net.HttpStatusCode.OK);
        await Page.GotoAsync(spas.Configured);

        var loggedIn = await CallAsync("POST", "/api/v1/sessions", new { email = me.User.Email, password = me.User.Password });
        Assert.True(loggedIn.GetProperty("status").GetInt32() == 200, loggedIn.ToString());
        await Page.ReloadAsync();
        var current = await CallAsync("GET", "/api/v1/sessions/current");
        Assert.True(current.GetProperty("status").GetInt32() == 200, current.ToString());
        var csrf = current.GetProperty("body").GetProperty("csrfToken").GetString();
        var withoutToken = await CallAsync("PUT", "/api/v1/me/consents/marketing_email", new { granted = false });
        var withdrawn = await CallAsync("PUT", "/api/v1/me/consents/marketing_email", new { granted = false }, csrf);

        Assert.Equal(403, withoutToken.GetProperty("status").GetInt32());
        Assert.Equal(200, withdrawn.GetProperty("status").GetInt32());
        Assert.False(withdrawn.GetProperty("body").GetProperty("granted").GetBoolean());
        var latest = await WithDatabaseAsync(db => db.ConsentEvents
            .Where(e => e.Purpose == ConsentPurpose.MarketingEmail && e.Scope == null)
            .OrderByDescending(e => e.Id).Select(e => e.Granted).FirstAsync());
        Assert.False(latest);
    }

    [Fact]
    [Trait("Obligation", "K1")]
    public async Task An_spa_on_another_site_over_plain_http_gets_no_cookie_from_chromium()
    {
        var me = await SignUpAsync();
        await Page.GotoAsync(spas.Configured);

        var loggedIn = await CallAsync("POST", "/api/v1/sessions", new { email = me.User.Email, password = me.User.Password });
        var current = await CallAsync("GET", "/api/v1/sessions/current");

        // CORS lets the SPA read the answer, but Chromium keeps no cookie from the API's site (127.0.0.1) for a page of
        // another site (localhost) over plain http, even SameSite=None; Secure: such an SPA uses the bearer token.
        Assert.True(loggedIn.GetProperty("status").GetInt32() == 200, loggedIn.ToString());
        Assert.False(string.IsNullOrEmpty(loggedIn.GetProperty("body").GetProperty("token").GetString()));
        Assert.Empty(await Page.Context.CookiesAsync([Live.BaseUrl]));
        Assert.Equal(401, current.GetProperty("status").GetInt32());
    }

    [Fact]
    [Trait("Obligation", "K1")]
    public async Task An_spa_on_an_origin_not_configured_is_blocked_by_the_browser()
    {
        api = SameSiteApi;
        var me = await SignUpAsync();
        await Page.GotoAsync(spas.Stranger);

        var logIn = await CallAsync("POST", "/api/v1/sessions", new { email = me.User.Email, password = me.User.Password });
        var read = await CallAsync("GET", "/api/v1/policies/current");

        Assert.Equal(0, logIn.GetProperty("status").GetInt32());
        Assert.Contains("Failed to fetch", logIn.GetProperty("blocked").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, read.GetProperty("status").GetInt32());
        var sessions = await WithDatabaseAsync(db => db.Sessions.CountAsync());
        Assert.Equal(1, sessions); // only the one SignUpAsync opened: the preflight stopped the log-in before it was sent
    }

    /// <summary>The API as the SPA addresses it: by default on another site (127.0.0.1), or on the SPA's own site.</summary>
    private string? api;

    /// <summary>The live API under the SPA's host name: another origin (port), the same site, so its cookies are first-party.</summary>
    private string SameSiteApi => $"http://localhost:{Live.BaseAddress.Port}";

    private async Task<System.Text.Json.JsonElement> CallAsync(string method, string path, object? body = null, string? csrf = null) =>
        await Page.EvaluateAsync<System.Text.Json.JsonElement>(
            "([api, method, path, body, csrf]) => window.spa.call(api, method, path, body, csrf)",
            new object?[] { api ?? Live.BaseUrl, method, path, body, csrf });
}
