using System.Net;
using System.Net.Http.Json;
using System.Text;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Http;

public sealed class ProblemResponsesTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public async Task MalformedJson_ShouldAnswer400Problem()
    {
        var response = await Client.PostAsync("/api/v1/accounts", new StringContent("{\"username\": ", Encoding.UTF8, "application/json"));

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "malformed-request");
    }

    [Fact]
    public async Task WrongJsonShape_ShouldAnswer400ProblemNot500()
    {
        var response = await Client.PostAsync(
            "/api/v1/accounts", new StringContent("{\"username\": [1,2], \"dateOfBirth\": \"yesterday\"}", Encoding.UTF8, "application/json"));

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "malformed-request");
    }

    [Fact]
    public async Task WrongContentType_ShouldAnswer415Problem()
    {
        var response = await Client.PostAsync("/api/v1/sessions", new StringContent("email=a&password=b", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await Expect.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task OversizedBody_ShouldAnswer413ProblemAndStoreNothing()
    {
        var huge = new string('a', 2 * 1024 * 1024);

        var response = await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(Unique("big"), "big@example.com", huge));

        await Expect.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        Assert.Equal(0, await WithDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Accounts)));
    }

    [Fact]
    public async Task UnknownRoute_ShouldAnswer404Problem()
    {
        await Expect.ProblemAsync(await Client.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task WrongMethod_ShouldAnswer405Problem()
    {
        await Expect.ProblemAsync(await Client.PutAsync("/api/v1/accounts", null), HttpStatusCode.MethodNotAllowed, "method-not-allowed");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Responses_ShouldCarrySecurityHeadersAndNoCaching()
    {
        var response = await Client.GetAsync("/api/v1/me");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_ShouldEchoTheCorrelationId()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add("X-Correlation-Id", "trace-me-123");

        var response = await Client.SendAsync(request);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal("trace-me-123", problem.GetProperty("correlationId").GetString());
        Assert.Equal("trace-me-123", response.Headers.GetValues("X-Correlation-Id").Single());
    }
}
