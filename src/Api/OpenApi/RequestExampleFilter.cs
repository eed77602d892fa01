using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Pixyer.Api.Endpoints;
using Pixyer.Domain.Common;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// Gives every request body an example built from its schema, so that the example cannot drift from the contract:
/// each property with a value of its type within its bounds (the first of an enum, a plausible value for a known format). A body read
/// raw has no schema to build from: its endpoint declares the example (<see cref="RequestExampleMetadata"/>).
/// </summary>
internal sealed class RequestExampleFilter : IOperationFilter
{
    private const int MaxDepth = 6;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        var declared = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExampleMetadata>().LastOrDefault();
        foreach (var media in content.Values.OfType<OpenApiMediaType>().Where(m => m.Example is null && m.Schema is not null))
        {
            media.Example = declared is null ? ExampleOf(media.Schema!, context.SchemaRepository, null, 0) : JsonNode.Parse(declared.Json);
        }
    }

    private static JsonNode? ExampleOf(IOpenApiSchema schema, SchemaRepository repository, string? name, int depth)
    {
        if (schema is OpenApiSchemaReference { Reference.Id: { } id } && repository.Schemas.TryGetValue(id, out var target))
        {
            schema = target;
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            return values[0]?.DeepClone();
        }

        var type = schema.Type ?? JsonSchemaType.Object;
        if (type.HasFlag(JsonSchemaType.Object) && depth < MaxDepth)
        {
            var properties = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
            var example = new JsonObject();
            foreach (var (property, propertySchema) in properties)
            {
                example[property] = ExampleOf(propertySchema, repository, property, depth + 1);
            }

            return example;
        }

        if (type.HasFlag(JsonSchemaType.Array) && schema.Items is { } items)
        {
            return new JsonArray(ExampleOf(items, repository, name, depth + 1));
        }

        if (type.HasFlag(JsonSchemaType.Boolean))
        {
            return JsonValue.Create(true);
        }

        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
        {
            return JsonValue.Create(Math.Clamp(1, Bound(schema.Minimum, long.MinValue), Bound(schema.Maximum, long.MaxValue)));
        }

        // Within the schema's bounds, which the validators state (a country code is two letters).
        var text = StringExample(schema.Format, name);
        return JsonValue.Create(schema.MaxLength is { } max ? TextBounds.Cut(text, max) : text);
    }

    private static long Bound(string? limit, long otherwise) =>
        long.TryParse(limit, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : otherwise;

    private static string StringExample(string? format, string? name) => format switch
    {
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "date-time" => "2026-01-15T09:30:00Z",
        "date" => "1990-05-17",
        "binary" => "(the file's bytes)",
        "email" => "ada@example.com",
        "uri" => "https://example.com/",
        _ when name?.Contains("email", StringComparison.OrdinalIgnoreCase) == true => "ada@example.com",
        _ when name?.Contains("password", StringComparison.OrdinalIgnoreCase) == true => "Sunny-Meadow-2024",
        _ => "text",
    };
}
