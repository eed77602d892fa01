using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Pixyer.Api.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// Declares on every response of every operation the headers every answer can carry: the request quota the client
/// stands at (<see cref="RequestQuotaMiddleware"/>, on each response of a routed request) and, for a browser on a
/// configured origin, <c>Access-Control-Allow-Origin</c>. Runs last, after the health probes are described.
/// </summary>
internal sealed class ResponseHeadersFilter : IDocumentFilter
{
    private const string AllowOrigin = "Access-Control-Allow-Origin";

    /// <summary>Two quoted policy names with their integers: far below this.</summary>
    private const int QuotaHeaderMaxLength = 256;

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Headers[RequestQuotaMiddleware.PolicyHeader] = Header(
            "The allowances this request counted against, as in draft-ietf-httpapi-ratelimit-headers: "
            + "`\"requests\";q=600;w=60` allows 600 requests per 60-second window per client (the signed-in account, else "
            + "the address); sign-in, registration and public reads also name a stricter allowance per address.",
            "\"requests\";q=600;w=60",
            QuotaHeaderMaxLength);
        document.Components.Headers[RequestQuotaMiddleware.StateHeader] = Header(
            "What is left of each allowance: `\"requests\";r=599;t=42` is 599 requests left for the next 42 seconds. "
            + "At r=0 the next request is refused with 429 and Retry-After.",
            "\"requests\";r=599;t=42",
            QuotaHeaderMaxLength);
        document.Components.Headers[AllowOrigin] = Header(
            "Sent only to a browser whose Origin is one of Pixyer:Cors:AllowedOrigins (exactly that origin, never `*`), "
            + "with Access-Control-Allow-Credentials: true.",
            "https://app.example.com",
            CrossOrigin.MaxOriginLength);

        foreach (var response in (document.Paths ?? [])
                     .SelectMany(path => path.Value.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
                     .SelectMany(operation => operation.Value.Responses ?? [])
                     .Select(response => response.Value)
                     .OfType<OpenApiResponse>())
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            foreach (var name in document.Components.Headers.Keys)
            {
                response.Headers[name] = new OpenApiHeaderReference(name, document);
            }
        }
    }

    private static OpenApiHeader Header(string description, string example, int maxLength) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
        Example = JsonValue.Create(example),
    };
}
