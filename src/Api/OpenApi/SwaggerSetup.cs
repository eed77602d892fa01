using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Pixyer.Api.Endpoints;
using Pixyer.Api.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

public static class SwaggerSetup
{
    public static IServiceCollection AddPixyerSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Pixyer API",
                Version = "v1",
                Description = "AI marketing visuals from product photos, with every promise of the privacy policy built in. "
                              + "Errors are RFC 7807 problem details with a stable `type`.",
            });
            c.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The session token from POST /api/v1/sessions.",
            });
            c.AddSecurityRequirement(doc => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", doc)] = [] });
            c.OperationFilter<IdempotencyKeyHeaderFilter>();
            c.OperationFilter<CsvResponseFilter>();
            c.OperationFilter<AccessDescriptionFilter>();
            c.SchemaFilter<StrictBodySchemaFilter>();
            c.CustomSchemaIds(type => type.FullName?.Replace("+", ".", StringComparison.Ordinal).Split('.')[^1]
                                      + (type.IsGenericType ? "Of" + string.Join("And", type.GenericTypeArguments.Select(t => t.Name)) : ""));
        });
        return services;
    }

    private sealed class IdempotencyKeyHeaderFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AcceptsIdempotencyKeyMetadata>().Any())
            {
                return;
            }

            // Appended, not set: the endpoint's own description stays.
            var retries = $"Send an `{RequestContextMiddleware.IdempotencyKeyHeader}` header to make retries safe: "
                          + "the same key and body replay the first response; another body with the same key answers 422.";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? retries : $"{operation.Description}\n\n{retries}";
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = RequestContextMiddleware.IdempotencyKeyHeader,
                In = ParameterLocation.Header,
                Required = false,
                Description = "A client-chosen unique key (e.g. a UUID) that makes a retry of this request safe.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
            });
        }
    }

    /// <summary>
    /// The document says what <see cref="StrictJson"/> enforces: the fields a body must carry are <c>required</c>, and
    /// no other field is allowed.
    /// </summary>
    private sealed class StrictBodySchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema { Properties.Count: > 0 } body
                || json.Value.SerializerOptions.GetTypeInfo(context.Type) is not { Kind: JsonTypeInfoKind.Object } type)
            {
                return;
            }

            body.AdditionalPropertiesAllowed = false;
            foreach (var property in type.Properties.Where(p => p.IsRequired))
            {
                (body.Required ??= new HashSet<string>()).Add(property.Name);
            }
        }
    }

    /// <summary>One status code holds one response type in the API explorer: the CSV alternative is added here.</summary>
    private sealed class CsvResponseFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ProducesCsvMetadata>().Any()
                || operation.Responses?.TryGetValue("200", out var ok) != true || ok?.Content is null)
            {
                return;
            }

            ok.Content[Csv.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }
    }
}
