using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Sessions;

public sealed class SessionLifetimeTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "G1")]
    public async Task Session_WhenUnusedFor14Days_ShouldExpire()
    {
        var me = await SignUpAsync();
        App.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        await Expect.ProblemAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    [Trait("Obligation", "G1")]
    public async Task Session_WhenUsedEveryWeek_ShouldSlideButEndAfter30Days()
    {
        var me = await SignUpAsync();
        for (var week = 1; week <= 4; week++)
        {
            App.Clock.Advance(TimeSpan.FromDays(7));
            await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        }

        App.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        await Expect.ProblemAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    [Trait("Obligation", "G1")]
    public async Task LogOutEverywhere_ShouldRevokeEverySessionOfTheAccount()
    {
        var me = await SignUpAsync();
        var second = await LogInAsync(me.User);
        using var other = BearerClient(second.Token);

        var response = await me.Client.DeleteAsync("/api/v1/sessions");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revoked").GetInt32());
        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        await Expect.StatusAsync(await other.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Obligation", "G1")]
    public async Task ListSessions_ShouldShowMyActiveSessionsWithDeviceAndWhichIsCurrent()
    {
        var me = await SignUpAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sessions")
        {
            Content = JsonContent.Create(new { email = me.User.Email, password = me.User.Password }),
        };
        request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        await Expect.StatusAsync(await Client.SendAsync(request), HttpStatusCode.OK);

        var page = await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/sessions?page=1&pageSize=10");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var sessions = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Single(sessions, s => s.GetProperty("current").GetBoolean());
        Assert.Contains(sessions, s => s.GetProperty("device").GetString() == "Firefox on Linux");
    }

    [Fact]
    [Trait("Obligation", "G1")]
    public async Task ListSessions_WhenPageSizeTooLarge_ShouldAnswerValidationProblem()
    {
        var me = await SignUpAsync();

        var response = await me.Client.GetAsync("/api/v1/sessions?pageSize=1000");

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
    }
}
