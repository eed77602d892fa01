using System.Text.Json;
using System.Text.RegularExpressions;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common;
using Pixyer.Application.Features.Generations;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Exports;

namespace Pixyer.Api.IntegrationTests.OpenApi;

/// <summary>
/// What a client generated from the served OpenAPI document relies on: names it can use, fields typed as they are sent,
/// the values an enum takes on the wire, and for each operation how to authenticate and which problems it can answer.
/// </summary>
public sealed partial class OpenApiContractTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public async Task OpenApiDocument_ShouldNameEverySchemaWithAValidComponentName()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();

        Assert.All(schemas, name => Assert.Matches(ComponentName(), name));
        Assert.Contains("PagedOfSessionSummary", schemas);
    }

    [Theory]
    [InlineData("LoggedIn", "token")]
    [InlineData("LoggedIn", "csrfToken")]
    [InlineData("LoggedIn", "sessionId")]
    [InlineData("LogInCommand", "email")]
    [InlineData("PagedOfSessionSummary", "items")]
    public async Task OpenApiDocument_WhenAPropertyIsNotNullableInCSharp_ShouldRequireItAndRefuseNull(string schema, string property)
    {
        var type = Schema(await DocumentAsync(), schema);

        Assert.Contains(property, type.GetProperty("required").EnumerateArray().Select(p => p.GetString()));
        var propertyType = type.GetProperty("properties").GetProperty(property);
        Assert.False(propertyType.TryGetProperty("type", out var types) && types.ValueKind == JsonValueKind.Array
                     && types.EnumerateArray().Any(t => t.GetString() == "null"), $"{schema}.{property} is nullable");
    }

    [Fact]
    public async Task OpenApiDocument_WhenAPropertyHoldsAWireName_ShouldListExactlyTheWireNames()
    {
        var document = await DocumentAsync();

        Assert.Equal<string?>(WireNames.All<ConsentPurpose>(), EnumOf(Schema(document, "ConsentState").GetProperty("properties").GetProperty("purpose")));
        Assert.Equal<string?>(WireNames.All<ExportStatus>(), EnumOf(Schema(document, "ExportState").GetProperty("properties").GetProperty("status")));
        Assert.Equal([.. WireNames.All<ConsentChannel>(), null], EnumOf(Schema(document, "ConsentState").GetProperty("properties").GetProperty("channel")));
        var request = Schema(document, "RequestGenerationCommand").GetProperty("properties");
        Assert.Equal<string?>(GenerationCatalog.Templates.Select(t => t.Name), EnumOf(request.GetProperty("template")));
        Assert.Equal<string?>(GenerationCatalog.Formats.Select(f => f.Name), EnumOf(request.GetProperty("formats").GetProperty("items")));
    }

    [Fact]
    public async Task OpenApiDocument_ShouldGiveEveryRequestBodyAnExample()
    {
        var withBody = Operations(await DocumentAsync()).Where(o => o.Operation.TryGetProperty("requestBody", out _)).ToList();

        Assert.NotEmpty(withBody);
        Assert.All(withBody, o => Assert.All(
            o.Operation.GetProperty("requestBody").GetProperty("content").EnumerateObject(),
            media => Assert.True(media.Value.TryGetProperty("example", out _), $"{o.Method} {o.Path} ({media.Name}) has no example")));
    }

    [Fact]
    [Trait("Obligation", "K1")]
    [Trait("Obligation", "P1")]
    public async Task OpenApiDocument_ShouldDescribeTheBearerTokenAndTheSessionCookie()
    {
        var schemes = (await DocumentAsync()).GetProperty("components").GetProperty("securitySchemes");

        Assert.Equal(("http", "bearer"), (schemes.GetProperty("Bearer").GetProperty("type").GetString(), schemes.GetProperty("Bearer").GetProperty("scheme").GetString()));
        var cookie = schemes.GetProperty("Cookie");
        Assert.Equal(("apiKey", "cookie", "pixyer_session"),
            (cookie.GetProperty("type").GetString(), cookie.GetProperty("in").GetString(), cookie.GetProperty("name").GetString()));
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task OpenApiDocument_WhenAnOperationIsAnonymous_ShouldRequireNoSecurity()
    {
        var operations = Operations(await DocumentAsync()).ToDictionary(o => o.Operation.GetProperty("operationId").GetString()!, o => o.Operation);

        foreach (var anonymous in new[] { "LogIn", "ListGenerationTemplates", "CheckReadiness" })
        {
            // OpenAPI's "no credentials needed": one requirement that names no scheme (Swagger UI shows no padlock).
            var requirement = Assert.Single(operations[anonymous].GetProperty("security").EnumerateArray());
            Assert.Empty(requirement.EnumerateObject());
        }

        Assert.False(operations["ListGenerationTemplates"].GetProperty("responses").TryGetProperty("401", out _));

        Assert.False((await DocumentAsync()).TryGetProperty("security", out _), "a global requirement puts a padlock on anonymous operations");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task OpenApiDocument_WhenAnOperationNeedsARole_ShouldNameTheRolesAndAnswer401And403()
    {
        var listJobs = Operations(await DocumentAsync()).Single(o => o.Operation.GetProperty("operationId").GetString() == "ListJobs").Operation;

        var requirements = listJobs.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject()).ToList();
        Assert.Equal(["Bearer", "Cookie"], requirements.Select(r => r.Name));
        Assert.All(requirements, r => Assert.Equal(["Support", "PrivacyOfficer", "Admin"], r.Value.EnumerateArray().Select(role => role.GetString())));
        var responses = listJobs.GetProperty("responses");
        Assert.True(responses.TryGetProperty("401", out _) && responses.TryGetProperty("403", out _));
    }

    [Fact]
    [Trait("Obligation", "K1")]
    public async Task OpenApiDocument_WhenAnOperationIsUnsafe_ShouldDocumentTheCsrfHeaderACookieSessionSends()
    {
        var operations = Operations(await DocumentAsync()).ToList();

        var unsafeOperations = operations.Where(o => o.Method is "post" or "put" or "patch" or "delete").ToList();
        Assert.NotEmpty(unsafeOperations);
        Assert.All(unsafeOperations, o => Assert.True(HasHeader(o.Operation, "X-CSRF-Token"), $"{o.Method} {o.Path} has no X-CSRF-Token header"));
        Assert.DoesNotContain(operations.Where(o => o.Method == "get"), o => HasHeader(o.Operation, "X-CSRF-Token"));
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task OpenApiDocument_WhenAnOperationIsRateLimited_ShouldDeclare429WithRetryAfterAsAProblem()
    {
        var register = Operations(await DocumentAsync()).Single(o => o.Operation.GetProperty("operationId").GetString() == "RegisterAccount").Operation;

        var tooMany = register.GetProperty("responses").GetProperty("429");
        Assert.True(tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _));
        Assert.True(tooMany.GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task OpenApiDocument_ShouldDescribeTheHealthProbesServersContactAndLicense()
    {
        var document = await DocumentAsync();

        Assert.True(document.GetProperty("paths").TryGetProperty("/health/live", out _));
        Assert.True(document.GetProperty("paths").GetProperty("/health/ready").GetProperty("get").GetProperty("responses").TryGetProperty("503", out _));
        Assert.NotEqual(0, document.GetProperty("servers").GetArrayLength());
        Assert.True(document.GetProperty("info").TryGetProperty("contact", out _) && document.GetProperty("info").TryGetProperty("license", out _));
    }

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

    private static JsonElement Schema(JsonElement document, string name) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => (path.Name, method.Name, method.Value)));

    private static List<string?> EnumOf(JsonElement schema) =>
        schema.GetProperty("enum").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()).ToList();

    private static bool HasHeader(JsonElement operation, string name) =>
        operation.TryGetProperty("parameters", out var parameters)
        && parameters.EnumerateArray().Any(p => p.GetProperty("in").GetString() == "header" && p.GetProperty("name").GetString() == name);

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex ComponentName();
}
