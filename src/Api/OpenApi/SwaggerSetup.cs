using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Pixyer.Api.Endpoints;
using Pixyer.Api.Http;
using Pixyer.Api.Security;
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
                Contact = new OpenApiContact { Name = "Pixyer", Url = new Uri("https://pixyer.com"), Email = "support@pixyer.com" },
                License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://pixyer.com/terms") },
                Description = "AI marketing visuals from product photos, with every promise of the privacy policy built in. "
                              + "Errors are RFC 7807 problem details with a stable `type`.",
            });
            c.AddServer(new OpenApiServer
            {
                Url = "/",
                Description = "This deployment, whichever serves this document: local, staging or production.",
                // The API is public: every operation here is meant for Pixyer's customers and their apps.
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
            });
            c.AddSecurityDefinition(SecurityRequirementFilter.BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The session token from POST /api/v1/sessions (`token`), sent as `Authorization: Bearer <token>`. "
                              + "It is an opaque random string, not a JWT; it expires, and log-out revokes it at once.",
            });
            c.AddSecurityDefinition(SecurityRequirementFilter.CookieScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = SessionCookies.Session,
                Description = $"The HttpOnly session cookie POST /api/v1/sessions sets. Unsafe requests (POST, PUT, PATCH, DELETE) "
                              + $"authenticated by it must echo the `{SessionCookies.Csrf}` cookie in the `{SessionCookies.CsrfHeader}` header. "
                              + "In Swagger UI, log in with POST /api/v1/sessions: the browser keeps the cookie and sends it with each "
                              + $"request (a browser never sends a value typed here), and `csrfToken` goes in the `{SessionCookies.CsrfHeader}` field.",
            });
            c.AddSecurityDefinition(SecurityRequirementFilter.MailLinkScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Query,
                Name = SecurityRequirementFilter.MailLinkTokenParameter,
                Description = "The signed token of a link Pixyer mailed (an unsubscribe link, an anonymous inquiry's link). It opens "
                              + "only the one thing it was mailed for and is never a session; it has to be in the URL because "
                              + "the link is opened from a mail client (RFC 8058 one-click unsubscribe posts to the URL as is).",
            });
            c.AddSecurityDefinition(SecurityRequirementFilter.DeletionLinkScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Pixyer.Application.Features.Deletion.DeletionLinks.TokenHeader,
                Description = "The token of the deletion request's mailed link: it shows that request's status and certificate, nothing else.",
            });
            c.AddSecurityDefinition(SecurityRequirementFilter.PaymentSignatureScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Pixyer.Application.Features.PaymentEvents.ReceivePaymentEvent.ReceivePaymentEventCommand.SignatureHeader,
                Description = "The payment gateway's HMAC signature of the raw body with a timestamp (Stripe's scheme), checked "
                              + "with the webhook secret; an unsigned, wrongly signed or stale event answers 400.",
            });
            c.SupportNonNullableReferenceTypes();
            c.NonNullableReferenceTypesAsRequired();
            // Before the examples, which keep within the bounds.
            c.OperationFilter<ValidatorBoundsOperationFilter>();
            c.OperationFilter<SecurityRequirementFilter>();
            c.OperationFilter<ProblemResponsesFilter>();
            c.OperationFilter<RequestExampleFilter>();
            c.DocumentFilter<HealthDocumentFilter>();
            c.DocumentFilter<RawBodyFilter>();
            c.DocumentFilter<ResponseHeadersFilter>();
            c.OperationFilter<IdempotencyKeyHeaderFilter>();
            c.OperationFilter<CsvResponseFilter>();
            c.OperationFilter<AccessDescriptionFilter>();
            c.SchemaFilter<StrictBodySchemaFilter>();
            c.SchemaFilter<WireNameSchemaFilter>();
            c.SchemaFilter<ValidatorBoundsSchemaFilter>();
            c.SchemaFilter<TypeBoundsSchemaFilter>();
            c.OperationFilter<PagingAndUploadBoundsFilter>();
            c.OperationFilter<ListOfAtMostFilter>();
            c.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    /// <summary>
    /// A type's own name, and a generic's with its arguments spelled the same way (<c>PagedOfSessionSummary</c>):
    /// readable, and a valid component name. Two types of one name make the generator fail, so an id stays unique.
    /// </summary>
    public static string SchemaId(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Join("And", type.GenericTypeArguments.Select(SchemaId))
        : type.Name;

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
