using System.Net;
using Pixyer.Api.Http;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Http;

/// <summary>
/// The privacy centre is served at <c>/</c> and at the addresses mails link to, with its own CSP, and takes nothing
/// from the API, Swagger or the health probes.
/// </summary>
public sealed class PrivacyCentreServingTests(PixyerApiFactory app) : ApiTest(app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/verify-email?token=abc")]
    [InlineData("/login")]
    [InlineData("/unsubscribe?token=abc")]
    [InlineData("/deletion/6f1c7a52-3a7e-4a55-9d7e-0f2b1b9b0c11")]
    [InlineData("/register")]
    [InlineData("/account/consents")]
    [Trait("Obligation", "C1")]
    public async Task A_page_of_the_centre_answers_the_app_with_the_centres_policy(string path)
    {
        var response = await Client.GetAsync(path);

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/centre/app.js\"></script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SecurityHeadersMiddleware.CentrePolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task The_centres_scripts_are_served_as_javascript_without_inline_allowances()
    {
        var response = await Client.GetAsync("/centre/app.js");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v1/login")]
    [InlineData("/health/nothing")]
    [InlineData("/account/consents/more")]
    public async Task An_address_outside_the_centres_pages_stays_a_problem(string path)
    {
        var response = await Client.GetAsync(path);

        await Expect.StatusAsync(response, HttpStatusCode.NotFound);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_api_and_swagger_keep_their_own_policies()
    {
        var api = await Client.GetAsync("/api/v1/policies/current");
        var swagger = await Client.GetAsync("/swagger/index.html");

        Assert.StartsWith("default-src 'none'", api.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("'unsafe-inline'", swagger.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        await Expect.StatusAsync(await Client.PostAsync("/login", null), HttpStatusCode.MethodNotAllowed);
    }
}
