using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Requests;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// Declares the RFC 7807 problems an operation can answer, derived from what the pipeline does for it rather than
/// written by hand: 400 for any input (binding or validation), 413 and 415 for a body, 401 and 403 for a session
/// (403 also for a missing CSRF token), 404 for an id in the path, 429 everywhere (every request counts against its
/// client's allowance, <see cref="RequestQuotaMiddleware"/>), 503 (store outage)
/// for every request sent to the application, 500 everywhere. Every problem is <c>application/problem+json</c>, and
/// 429 and 503 carry the <c>Retry-After</c> header they are sent with.
/// </summary>
internal sealed class ProblemResponsesFilter : IOperationFilter
{
    private const string ProblemMediaType = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var request = SentRequest.Of(metadata);
        var access = request?.GetCustomAttribute<AccessAttribute>();
        var hasBody = operation.RequestBody is not null;
        var parameters = operation.Parameters ?? [];
        var needsSession = access is { Level: not AccessLevel.Anonymous };

        operation.Responses ??= [];
        var statuses = new[]
        {
            (400, hasBody || parameters.Any(p => p.In is ParameterLocation.Path or ParameterLocation.Query) || request is not null),
            (401, needsSession),
            (403, needsSession),
            (404, parameters.Any(p => p.In == ParameterLocation.Path)),
            (413, hasBody),
            (415, hasBody),
            (429, true),
            (500, true),
            (503, request is not null),
        };
        foreach (var (status, applies) in statuses)
        {
            if (applies && !operation.Responses.ContainsKey(Key(status)))
            {
                operation.Responses[Key(status)] = new OpenApiResponse { Description = ReasonPhrases.GetReasonPhrase(status) };
            }
        }

        foreach (var (key, response) in operation.Responses.Where(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture) >= 400))
        {
            Describe(response, key, context.SchemaGenerator, context.SchemaRepository);
        }
    }

    /// <summary>The 429 every routed request can get, for operations the API explorer does not list.</summary>
    public static OpenApiResponse TooManyRequests(ISchemaGenerator generator, SchemaRepository repository)
    {
        var response = new OpenApiResponse { Description = ReasonPhrases.GetReasonPhrase(429) };
        Describe(response, Key(429), generator, repository);
        return response;
    }

    private static void Describe(IOpenApiResponse response, string key, ISchemaGenerator generator, SchemaRepository repository)
    {
        if (response is not OpenApiResponse problem)
        {
            return;
        }

        var schemaType = key == Key(400) ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
        problem.Content = new Dictionary<string, IOpenApiMediaType>
        {
            [ProblemMediaType] = new OpenApiMediaType { Schema = generator.GenerateSchema(schemaType, repository) },
        };
        if (key == Key(429) || key == Key(503))
        {
            problem.Headers ??= new Dictionary<string, IOpenApiHeader>();
            problem.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before retrying.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = "86400" },
            };
        }
    }

    private static string Key(int status) => status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
