using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Consents;

public sealed class CookieConsentTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "K2")]
    [Trait("Obligation", "K4")]
    [Trait("Obligation", "K1")]
    public async Task CookieBanner_ShouldRememberAVisitorsChoiceUnderARandomVisitorCookie()
    {
        using var browser = App.CreateApiClient(handleCookies: true);
        var first = await browser.GetFromJsonAsync<JsonElement>("/api/v1/cookie-consent");

        var response = await browser.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = true, advertising = false });
        var again = await browser.GetFromJsonAsync<JsonElement>("/api/v1/cookie-consent");

        Assert.False(first.GetProperty("decided").GetBoolean());
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pixyer_visitor=", StringComparison.Ordinal));
        Assert.True(Guid.TryParse(cookie["pixyer_visitor=".Length..cookie.IndexOf(';', StringComparison.Ordinal)], out _));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(again.GetProperty("essential").GetBoolean());
        Assert.True(again.GetProperty("analytics").GetBoolean());
        Assert.False(again.GetProperty("advertising").GetBoolean());
    }

    [Fact]
    [Trait("Obligation", "C10")]
    [Trait("Obligation", "K2")]
    public async Task AnalyticsEvents_ShouldBeStoredWithConsentAndSilentlyDroppedWithout()
    {
        using var withoutChoice = App.CreateApiClient(handleCookies: true);
        using var declined = App.CreateApiClient(handleCookies: true);
        using var agreed = App.CreateApiClient(handleCookies: true);
        await declined.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = false, advertising = false });
        await agreed.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = true, advertising = false });
        var pageView = new { type = "PageView", page = "/pricing?utm_source=mail&email=someone@example.com" };

        var responses = new[]
        {
            await withoutChoice.PostAsJsonAsync("/api/v1/events", pageView),
            await declined.PostAsJsonAsync("/api/v1/events", pageView),
            await agreed.PostAsJsonAsync("/api/v1/events", pageView),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var stored = await WithDatabaseAsync(db => db.AnalyticsEvents.AsNoTracking().ToListAsync());
        var only = Assert.Single(stored);
        Assert.Equal("/pricing", only.Page);
        Assert.NotNull(only.VisitorId);
    }

    [Fact]
    [Trait("Obligation", "K2")]
    [Trait("Obligation", "C10")]
    public async Task VisitorChoices_ShouldFollowTheVisitorIntoTheAccountAtRegistration()
    {
        using var browser = App.CreateApiClient(handleCookies: true);
        await browser.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = true, advertising = true });
        var name = Unique("visitor");

        var registered = await browser.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(name, $"{name}@example.com"));
        var session = await LogInAsync(new TestUser(Guid.Empty, name, $"{name}@example.com", GoodPassword));
        using var client = BearerClient(session.Token);

        await Expect.StatusAsync(registered, HttpStatusCode.Accepted);
        var consents = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents");
        Assert.All(
            consents.EnumerateArray().Where(c => c.GetProperty("purpose").GetString()!.EndsWith("_cookies", StringComparison.Ordinal)),
            c => Assert.Equal((true, "cookie_banner"), (c.GetProperty("granted").GetBoolean(), c.GetProperty("channel").GetString())));
        var history = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents/history");
        Assert.All(history.GetProperty("items").EnumerateArray(), e => Assert.True(e.GetProperty("fromCookieBanner").GetBoolean()));
    }

    [Fact]
    [Trait("Obligation", "K2")]
    public async Task VisitorChoices_AtLogin_ShouldReplaceOlderAccountChoices()
    {
        var name = Unique("merge");
        var email = $"{name}@example.com";
        await Client.PostAsJsonAsync(
            "/api/v1/accounts",
            new { username = name, email, password = GoodPassword, dateOfBirth = "1990-01-01", acceptedPolicyVersion = PolicyVersion, consents = new[] { "analytics_cookies" } });
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        using var browser = App.CreateApiClient(handleCookies: true);
        await browser.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = false, advertising = false });

        var login = await browser.PostAsJsonAsync("/api/v1/sessions", new { email, password = GoodPassword });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var client = BearerClient(token);

        var consents = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents");
        Assert.False(consents.EnumerateArray().Single(c => c.GetProperty("purpose").GetString() == "analytics_cookies").GetProperty("granted").GetBoolean());
    }

    [Fact]
    [Trait("Obligation", "K3")]
    public async Task TrackingPixel_ShouldAnswerAnImageAlwaysAndRecordOnlyWithAnalyticsConsent()
    {
        using var declined = App.CreateApiClient(handleCookies: true);
        using var agreed = App.CreateApiClient(handleCookies: true);
        await declined.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = false, advertising = false });
        await agreed.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = true, advertising = false });

        var dropped = await declined.GetAsync("/api/v1/events/pixel.gif?page=/launch");
        var recorded = await agreed.GetAsync("/api/v1/events/pixel.gif?page=/launch");

        foreach (var response in new[] { dropped, recorded })
        {
            await Expect.StatusAsync(response, HttpStatusCode.OK);
            Assert.Equal("image/gif", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("GIF89a", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..6]));
        }

        var stored = Assert.Single(await WithDatabaseAsync(db => db.AnalyticsEvents.AsNoTracking().ToListAsync()));
        Assert.Equal(("/launch", "pixel"), (stored.Page, stored.Element));
    }
}
