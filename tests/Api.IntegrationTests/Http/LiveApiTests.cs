using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Http;

/// <summary>The app on a real port: what a browser or another process would reach, and the links its mails carry.</summary>
public sealed class LiveApiTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "C1")]
    public async Task A_person_registers_over_a_real_socket_and_verifies_from_the_link_that_points_at_the_live_address()
    {
        await using var live = LiveApi.Start(App);
        using var client = live.CreateClient();
        var name = Unique("live");
        var email = $"{name}@example.com";

        var registered = await client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(name, email));
        await Expect.StatusAsync(registered, HttpStatusCode.Accepted);
        var mail = await Mailbox.DeliverAndReadLastAsync(email);
        var token = Mails.VerificationToken(mail);
        Assert.Contains($"{live.BaseUrl}/verify-email?token={token}", mail.TextBody);

        var verified = await client.PostAsJsonAsync("/api/v1/accounts/email-verification", new { token });
        await Expect.StatusAsync(verified, HttpStatusCode.OK);
        var loggedIn = await client.PostAsJsonAsync("/api/v1/sessions", new { email, password = GoodPassword });
        await Expect.StatusAsync(loggedIn, HttpStatusCode.OK);
    }
}
