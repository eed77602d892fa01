using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Sessions;

public sealed class RateLimitTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Register_WhenClientExceedsItsRate_ShouldAnswer429ProblemWithRetryAfter()
    {
        await using var strict = App.WithSettings(new() { ["Pixyer:Http:RegistrationsPerMinute"] = "2" });
        using var client = strict.CreateApiClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            var name = Unique("rate");
            responses.Add(await client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(name, $"{name}@example.com")));
        }

        Assert.Equal(HttpStatusCode.Accepted, responses[0].StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, responses[1].StatusCode);
        await Expect.ProblemAsync(responses[2], HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.NotNull(responses[2].Headers.RetryAfter);
    }
}
