using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Sessions.GetCurrentSession;
using Pixyer.Application.Features.Sessions.LogIn;

namespace Pixyer.Api.IntegrationTests.Http;

/// <summary>An SPA on another origin, as a browser would carry its requests: preflights, Origin headers, cookies.</summary>
[Trait("Obligation", "P1")]
public sealed class CrossOriginTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string Spa = "https://privacy-centre.example.org";
    private const string Stranger = "https://elsewhere.example.net";

    [Fact]
    public async Task Preflight_FromAConfiguredOrigin_IsAnsweredWithCredentialsTheMethodsAndTheHeadersAnSpaSends()
    {
        await using var api = SpaDeployment();
        using var browser = api.CreateApiClient();

        var response = await browser.SendAsync(Preflight(Spa, "/api/v1/sessions", "POST", "content-type,authorization,idempotency-key,x-csrf-token"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Spa, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
        var allowedHeaders = Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant();
        Assert.All(["content-type", "authorization", "idempotency-key", "x-csrf-token"], h => Assert.Contains(h, allowedHeaders, StringComparison.Ordinal));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
    }

    [Theory]
    [InlineData("PUT", "/api/v1/me/consents/marketing_email")]
    [InlineData("PATCH", "/api/v1/me")]
    [InlineData("DELETE", "/api/v1/sessions/current")]
    public async Task Preflight_ForEachUnsafeMethodAnSpaUses_IsAllowed(string method, string path)
    {
        await using var api = SpaDeployment();
        using var browser = api.CreateApiClient();

        var response = await browser.SendAsync(Preflight(Spa, path, method, "content-type,x-csrf-token"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(method, Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOriginNotConfigured_GetsNoCorsAllowance_SoTheBrowserKeepsTheAnswerFromIt()
    {
        await using var api = SpaDeployment();
        using var browser = api.CreateApiClient();

        var preflight = await browser.SendAsync(Preflight(Stranger, "/api/v1/sessions", "POST", "content-type"));
        var read = await browser.SendAsync(FromOrigin(Stranger, HttpMethod.Get, "/api/v1/policies/current"));

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Null(Header(preflight, "Access-Control-Allow-Credentials"));
        Assert.Null(Header(read, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task NoOriginIsAllowed_ByDefault()
    {
        var response = await Client.SendAsync(Preflight(Spa, "/api/v1/sessions", "POST", "content-type"));

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    [Trait("Obligation", "K1")]
    public async Task AnSpaOnAnotherSite_LogsInWithACookie_GetsItsCsrfTokenBackAfterAReload_AndWithdrawsAConsent()
    {
        await using var api = SpaDeployment(new() { ["Pixyer:Http:SessionCookieSameSite"] = "None" });
        var user = await RegisterAsync();
        await VerifyEmailAsync(user.Email);
        using var browser = api.CreateApiClient(handleCookies: true);

        var logIn = await browser.SendAsync(FromOrigin(Spa, HttpMethod.Post, "/api/v1/sessions", new { email = user.Email, password = user.Password }));
        await Expect.StatusAsync(logIn, HttpStatusCode.OK);
        Assert.Equal(Spa, Header(logIn, "Access-Control-Allow-Origin"));
        Assert.All(logIn.Headers.GetValues("Set-Cookie"), cookie =>
        {
            Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        });
        var loggedIn = (await logIn.Content.ReadFromJsonAsync<LoggedIn>())!;

        // The page reloads: the SPA kept nothing but the browser's cookies, which it cannot read on the API's site.
        var current = await browser.SendAsync(FromOrigin(Spa, HttpMethod.Get, "/api/v1/sessions/current"));
        await Expect.StatusAsync(current, HttpStatusCode.OK);
        Assert.Equal(Spa, Header(current, "Access-Control-Allow-Origin"));
        var session = (await current.Content.ReadFromJsonAsync<CurrentSession>())!;
        Assert.Equal(loggedIn.SessionId, session.SessionId);
        Assert.Equal(loggedIn.ExpiresAt, session.ExpiresAt, TimeSpan.FromMilliseconds(1)); // as stored: microseconds
        Assert.Equal(loggedIn.CsrfToken, session.CsrfToken); // the same in every tab of the SPA

        var forged = await browser.SendAsync(FromOrigin(Spa, HttpMethod.Put, "/api/v1/me/consents/marketing_email", new { granted = false }));
        await Expect.ProblemAsync(forged, HttpStatusCode.Forbidden, "csrf-token-invalid");
        Assert.Equal(Spa, Header(forged, "Access-Control-Allow-Origin")); // the SPA can read why
        await Expect.StatusAsync(await browser.SendAsync(WithCsrf(FromOrigin(Spa, HttpMethod.Put, "/api/v1/me/consents/marketing_email", new { granted = true }), session.CsrfToken)), HttpStatusCode.OK);
        var withdrawn = await browser.SendAsync(WithCsrf(FromOrigin(Spa, HttpMethod.Put, "/api/v1/me/consents/marketing_email", new { granted = false }), session.CsrfToken));

        await Expect.StatusAsync(withdrawn, HttpStatusCode.OK);
        var consents = await browser.SendAsync(FromOrigin(Spa, HttpMethod.Get, "/api/v1/me/consents"));
        var marketing = (await consents.Content.ReadFromJsonAsync<List<ConsentState>>())!.Single(c => c.Purpose == "marketing_email");
        Assert.False(marketing.Granted);
        Assert.NotNull(marketing.ChangedAt);
    }

    [Fact]
    [Trait("Obligation", "K1")]
    public async Task SessionCookies_StayStrict_ByDefault()
    {
        var user = await RegisterAsync();
        await VerifyEmailAsync(user.Email);

        var logIn = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = user.Password });

        Assert.All(logIn.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ABearerClient_GetsItsCurrentSession_WithoutCookies()
    {
        var me = await SignUpAsync();

        var response = await me.Client.GetAsync("/api/v1/sessions/current");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(me.Session.SessionId, (await response.Content.ReadFromJsonAsync<CurrentSession>())!.SessionId);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task CurrentSession_WithoutASession_IsUnauthorized() =>
        await Expect.StatusAsync(await Client.GetAsync("/api/v1/sessions/current"), HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData("*")]
    [InlineData("https://*.example.org")]
    public void AWildcardOrigin_IsRefusedAtStartUp(string origin)
    {
        using var misconfigured = App.WithSettings(new() { ["Pixyer:Cors:AllowedOrigins:0"] = origin });

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.CreateApiClient());

        Assert.Contains("Pixyer:Cors:AllowedOrigins may not contain '*'", failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://app.example.org/")]
    [InlineData("https://app.example.org/spa")]
    [InlineData("app.example.org")]
    public void AnEntryThatIsNotAnOrigin_IsRefusedAtStartUp(string origin)
    {
        using var misconfigured = App.WithSettings(new() { ["Pixyer:Cors:AllowedOrigins:0"] = origin });

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.CreateApiClient());

        Assert.Contains("is not an origin", failure.ToString(), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> SpaDeployment(Dictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string> { ["Pixyer:Cors:AllowedOrigins:0"] = Spa };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return App.WithSettings(settings);
    }

    private static HttpRequestMessage Preflight(string origin, string path, string method, string headers)
    {
        var request = FromOrigin(origin, HttpMethod.Options, path);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    private static HttpRequestMessage FromOrigin(string origin, HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static HttpRequestMessage WithCsrf(HttpRequestMessage request, string csrfToken)
    {
        request.Headers.Add("X-CSRF-Token", csrfToken);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
