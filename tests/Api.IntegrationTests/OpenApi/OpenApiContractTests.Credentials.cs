using System.Text.Json;

namespace Pixyer.Api.IntegrationTests.OpenApi;

public sealed partial class OpenApiContractTests
{
    [Fact]
    [Trait("Obligation", "P1")]
    public async Task OpenApiDocument_ShouldDeclareTheRequestQuotaHeadersOnEveryResponseAnd429OnEveryOperation()
    {
        var operations = Operations(await DocumentAsync()).ToList();

        Assert.All(operations, o =>
        {
            var responses = o.Operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("429", out _), $"{o.Method} {o.Path} has no 429");
            foreach (var response in responses.EnumerateObject())
            {
                var headers = response.Value.GetProperty("headers");
                Assert.True(headers.TryGetProperty("RateLimit", out _) && headers.TryGetProperty("RateLimit-Policy", out _),
                    $"{o.Method} {o.Path} {response.Name} does not declare the RateLimit headers");
            }
        });
    }

    [Fact]
    [Trait("Obligation", "U9")]
    public async Task OpenApiDocument_WhenAnOperationTakesAMailedLinksToken_ShouldDescribeItAsThatLinksCredential()
    {
        var operations = Operations(await DocumentAsync()).ToDictionary(o => o.Operation.GetProperty("operationId").GetString()!, o => o.Operation);

        Assert.Equal(["MailLink"], Schemes(operations["Unsubscribe"]));
        Assert.Equal(["MailLink", "Bearer", "Cookie"], Schemes(operations["GetInquiry"]));
        Assert.Equal(["DeletionLink"], Schemes(operations["GetDeletionRequest"]));
        Assert.Equal(["PaymentSignature"], Schemes(operations["ReceivePaymentEvent"]));
        Assert.DoesNotContain(operations["GetInquiry"].GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "token");
    }

    private static List<string> Schemes(JsonElement operation) =>
        operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList();
}
