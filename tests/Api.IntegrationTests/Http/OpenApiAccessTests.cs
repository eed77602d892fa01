using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.Endpoints;
using Pixyer.Api.Http;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features;

namespace Pixyer.Api.IntegrationTests.Http;

/// <summary>Who may call an operation is documented from the <c>[Access]</c> of the request it sends, never by hand.</summary>
public sealed class OpenApiAccessTests(PixyerApiFactory app) : ApiTest(app)
{
    [Theory]
    [InlineData("SetSubjectRoles", "**Access:** signed in with one of the roles: Admin.")]
    [InlineData("PlaceLegalHold", "**Access:** signed in with one of the roles: PrivacyOfficer, Admin.")]
    [InlineData("ListJobs", "**Access:** signed in with one of the roles: Support, PrivacyOfficer, Admin.")]
    [InlineData("GetMyProfile", "**Access:** any signed-in account.")]
    [InlineData("ListGenerationTemplates", "**Access:** anyone; no sign-in needed.")]
    public async Task OpenApiDocument_ShouldEndTheDescriptionWithWhoMayCall(string operationId, string accessLine)
    {
        var operations = await OperationsByIdAsync();

        Assert.Equal(accessLine, AccessLineOf(operations[operationId]));
    }

    [Fact]
    public async Task OpenApiDocument_WhenAnEndpointSendsARequest_ShouldNameWhoMayCallAsTheRequestDeclares()
    {
        var operations = await OperationsByIdAsync();
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(EndpointGroups.ApiPrefix, StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(endpoints);

        var withRoles = 0;
        foreach (var endpoint in endpoints)
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            Assert.True(name is not null, $"{endpoint.DisplayName} has no name");
            var request = SentRequest.Of(endpoint.Metadata);
            Assert.True(request is not null, $"{name} names no request: bind it, or declare it with .Sends<TRequest>()");
            var access = request.GetCustomAttribute<AccessAttribute>()!;
            withRoles += access.Level == AccessLevel.Roles ? 1 : 0;

            Assert.True(operations.TryGetValue(name, out var operation), $"{name} is not in the document");
            Assert.Equal(ExpectedLine(access), AccessLineOf(operation));
        }

        Assert.True(withRoles >= 30, $"only {withRoles} operations need a role");
    }

    [Fact]
    public async Task OpenApiDocument_WhenAnOperationTakesAnIdempotencyKey_ShouldKeepItsOwnDescriptionBesideTheRetryAdvice()
    {
        var operations = await OperationsByIdAsync();

        var paragraphs = operations["RequestExport"].GetProperty("description").GetString()!.Split("\n\n");

        Assert.Equal(3, paragraphs.Length);
        Assert.StartsWith("The archive holds manifest.json", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Send an `Idempotency-Key` header", paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("**Access:**", paragraphs[2], StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, JsonElement>> OperationsByIdAsync()
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => method.Value))
            .ToDictionary(operation => operation.GetProperty("operationId").GetString()!);
    }

    private static string? AccessLineOf(JsonElement operation) =>
        operation.TryGetProperty("description", out var description) ? description.GetString()!.Split("\n\n")[^1] : null;

    private static string ExpectedLine(AccessAttribute access) => access.Level switch
    {
        AccessLevel.Roles => $"**Access:** signed in with one of the roles: {string.Join(", ", RoleNames.Of(access.Roles))}.",
        AccessLevel.Authenticated => "**Access:** any signed-in account.",
        AccessLevel.Anonymous => "**Access:** anyone; no sign-in needed.",
        _ => $"no HTTP operation should send a request of access {access.Level}",
    };
}
