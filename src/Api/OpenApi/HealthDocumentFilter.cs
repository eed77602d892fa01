using Microsoft.OpenApi;
using Pixyer.Api.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// The health probes are health-check endpoints, which the API explorer does not list: they are described here, as
/// the health-check middleware answers them (plain text <c>Healthy</c>, or <c>Unhealthy</c> with 503).
/// </summary>
internal sealed class HealthDocumentFilter : IDocumentFilter
{
    private const string Tag = "Operations";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Paths ??= [];
        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = Tag, Description = "Health probes for orchestrators." });
        document.Paths[HealthEndpoints.LivePath] = Probe(
            document, context, "CheckLiveness", "Liveness: the process answers; no dependency is checked.", canBeUnhealthy: false);
        document.Paths[HealthEndpoints.ReadyPath] = Probe(
            document, context, "CheckReadiness", "Readiness: the database and the job scheduler answer.", canBeUnhealthy: true);
    }

    private static OpenApiPathItem Probe(
        OpenApiDocument document, DocumentFilterContext context, string operationId, string summary, bool canBeUnhealthy)
    {
        var responses = new OpenApiResponses
        {
            ["200"] = Status("Healthy"),
            ["429"] = ProblemResponsesFilter.TooManyRequests(context.SchemaGenerator, context.SchemaRepository),
        };
        if (canBeUnhealthy)
        {
            responses["503"] = Status("Unhealthy");
        }

        var operation = new OpenApiOperation
        {
            OperationId = operationId,
            Summary = summary,
            Description = "**Access:** anyone; no sign-in needed.",
            Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
            Security = [new OpenApiSecurityRequirement()],
            Responses = responses,
        };
        return new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = operation } };
    }

    private static OpenApiResponse Status(string text) => new()
    {
        Description = text,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["text/plain"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [text], MaxLength = 16 },
            },
        },
    };
}
