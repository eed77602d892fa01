using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Accounts;

namespace Pixyer.Api.IntegrationTests.Features.Profile;

/// <summary>The defaults: 5 verification mails per account and 3 per address in 24 hours.</summary>
public sealed class EmailChangeLimitTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "P1")]
    public async Task CorrectEmail_When30ChangesFromThreeAccountsTargetOneAddress_ShouldMailItThreeTimesAndAnswer429WithRetryAfter()
    {
        var victim = $"{Unique("victim")}@example.com";
        var attackers = new[] { await SignUpAsync(), await SignUpAsync(), await SignUpAsync() };

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 30; i++)
        {
            var address = i % 2 == 0 ? victim : victim.ToUpperInvariant();
            responses.Add(await attackers[i % attackers.Length].Client.PatchAsJsonAsync("/api/v1/me", new { email = address }));
        }

        await Mailbox.DeliverAsync();
        Assert.All(responses.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var refused in responses.Skip(3))
        {
            await Expect.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "too-many-requests");
        }

        Assert.Equal(3, Mailbox.To(victim).Count);
        var retryAfter = responses[3].Headers.RetryAfter?.Delta;
        Assert.InRange(retryAfter ?? TimeSpan.Zero, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        App.Clock.Advance(retryAfter!.Value);
        await Expect.StatusAsync(await attackers[0].Client.PatchAsJsonAsync("/api/v1/me", new { email = victim }), HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task CorrectEmail_WhenOneAccountSendsMoreThanFiveVerificationMails_ShouldAnswer429()
    {
        var me = await SignUpAsync();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            responses.Add(await me.Client.PatchAsJsonAsync("/api/v1/me", new { email = $"{Unique("mine")}@example.com" }));
        }

        // The registration's verification mail is the account's first of five.
        Assert.All(responses.Take(4), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var refused in responses.Skip(4))
        {
            await Expect.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "too-many-requests");
            Assert.NotNull(refused.Headers.RetryAfter);
        }

        var accountId = new AccountId(me.User.Id);
        Assert.Equal(5, await WithDatabaseAsync(db => db.EmailVerificationTokens.CountAsync(t => t.AccountId == accountId)));
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task CorrectEmail_WhenChangedAgain_ShouldRefuseTheOlderLinkAsInvalidAndAcceptTheNewest()
    {
        var me = await SignUpAsync();
        var first = $"{Unique("first")}@example.com";
        var newest = $"{Unique("newest")}@example.com";

        await Expect.StatusAsync(await me.Client.PatchAsJsonAsync("/api/v1/me", new { email = first }), HttpStatusCode.OK);
        await Expect.StatusAsync(await me.Client.PatchAsJsonAsync("/api/v1/me", new { email = newest }), HttpStatusCode.OK);
        var olderToken = Mails.VerificationToken(await Mailbox.DeliverAndReadLastAsync(first));

        var older = await Client.PostAsJsonAsync("/api/v1/accounts/email-verification", new { token = olderToken });

        await Expect.ProblemAsync(older, HttpStatusCode.UnprocessableEntity, "verification-token-invalid");
        await VerifyEmailAsync(newest);
        Assert.Equal(newest, (await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("email").GetString());
    }
}
