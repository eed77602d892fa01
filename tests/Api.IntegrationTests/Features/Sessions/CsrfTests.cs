using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Sessions.GetCurrentSession;

namespace Pixyer.Api.IntegrationTests.Features.Sessions;

/// <summary>Cookie-authenticated unsafe requests need the session's synchronizer token (double-submitted by the SPA).</summary>
public sealed class CsrfTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "P1")]
    public async Task UnsafeRequest_WhenAuthenticatedByCookieWithoutCsrfToken_ShouldBeRefused()
    {
        var (browser, _) = await BrowserSessionAsync();

        var response = await browser.PatchAsJsonAsync("/api/v1/me", new { username = Unique("forged") });

        await Expect.ProblemAsync(response, HttpStatusCode.Forbidden, "csrf-token-invalid");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task UnsafeRequest_WhenCsrfTokenIsAnotherSessions_ShouldBeRefused()
    {
        var (browser, _) = await BrowserSessionAsync();
        var (_, otherCsrf) = await BrowserSessionAsync();
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me") { Content = JsonContent.Create(new { username = Unique("forged") }) };
        request.Headers.Add("X-CSRF-Token", otherCsrf);

        await Expect.ProblemAsync(await browser.SendAsync(request), HttpStatusCode.Forbidden, "csrf-token-invalid");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task UnsafeRequest_WhenCookieAndMatchingCsrfHeader_ShouldPass()
    {
        var (browser, csrf) = await BrowserSessionAsync();
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me") { Content = JsonContent.Create(new { username = Unique("fine") }) };
        request.Headers.Add("X-CSRF-Token", csrf);

        await Expect.StatusAsync(await browser.SendAsync(request), HttpStatusCode.OK);
        await Expect.StatusAsync(await browser.GetAsync("/api/v1/me"), HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task UnsafeRequest_WhenBearerAuthenticated_ShouldNeedNoCsrfToken()
    {
        var me = await SignUpAsync();

        var response = await me.Client.PatchAsJsonAsync("/api/v1/me", new { username = Unique("api") });

        await Expect.StatusAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task ASessionStartedWithARandomCsrfToken_TakesItAndTheOneTheCurrentSessionHandsOut()
    {
        var (browser, _) = await BrowserSessionAsync();
        const string random = "a-random-token-as-sessions-got-before-derivation";
        var hash = App.Services.GetRequiredService<ISecretTokens>().Hash(random);
        await WithDatabaseAsync(db => db.Sessions.ExecuteUpdateAsync(u => u.SetProperty(s => s.CsrfTokenHash, hash)));

        var current = (await browser.GetFromJsonAsync<CurrentSession>("/api/v1/sessions/current"))!;

        Assert.NotEqual(random, current.CsrfToken);
        foreach (var token in new[] { random, current.CsrfToken })
        {
            var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me") { Content = JsonContent.Create(new { username = Unique("both") }) };
            request.Headers.Add("X-CSRF-Token", token);
            await Expect.StatusAsync(await browser.SendAsync(request), HttpStatusCode.OK);
        }
    }

    /// <summary>A client that keeps cookies, as a browser does, logged in; and the CSRF token the SPA reads.</summary>
    private async Task<(HttpClient Browser, string CsrfToken)> BrowserSessionAsync()
    {
        var user = await RegisterAsync();
        var browser = App.CreateApiClient(handleCookies: true);
        var response = await browser.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = user.Password });
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var csrf = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pixyer_csrf=", StringComparison.Ordinal));
        return (browser, csrf["pixyer_csrf=".Length..csrf.IndexOf(';', StringComparison.Ordinal)]);
    }
}
