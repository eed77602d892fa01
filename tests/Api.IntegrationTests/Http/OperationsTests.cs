using System.Net;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Http;

public sealed class OperationsTests(PixyerApiFactory app) : ApiTest(app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_ShouldBeHealthyWithDatabaseAndScheduler(string path)
    {
        var response = await Client.GetAsync(path);

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SwaggerUi_ShouldBeServed()
    {
        var response = await Client.GetAsync("/swagger/index.html");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_ShouldDescribeEveryOperationWithSummaryTagAndProblems()
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value)))
            .ToList();
        Assert.True(operations.Count >= 13, $"only {operations.Count} operations documented");
        foreach (var (path, method, operation) in operations)
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.True(operation.GetProperty("tags").GetArrayLength() > 0, $"{method} {path} has no tag");
            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.Contains(responses, r => r.StartsWith('2'));
            Assert.Contains(responses, r => r.StartsWith('4'));
        }

        var register = document.GetProperty("paths").GetProperty("/api/v1/accounts").GetProperty("post");
        Assert.Contains(register.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
    }
}
