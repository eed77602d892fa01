using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// A body sent or answered as raw bytes (an image, a PDF, a ZIP, a CSV or text file) is described by its media type
/// alone, as OpenAPI 3.1 recommends, rather than as a JSON string of unknown length: its size is bounded by the
/// request-body limit (413) on the way in and by what was stored on the way out.
/// </summary>
internal sealed class RawBodyFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var operations = (document.Paths ?? []).SelectMany(path => path.Value.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>());
        foreach (var operation in operations.Select(o => o.Value))
        {
            var contents = (operation.Responses ?? []).Select(r => r.Value.Content)
                .Append(operation.RequestBody?.Content)
                .OfType<IDictionary<string, IOpenApiMediaType>>();
            foreach (var media in contents.SelectMany(c => c.Values).OfType<OpenApiMediaType>())
            {
                if (media.Schema is OpenApiSchema { Type: JsonSchemaType.String, MaxLength: null, Enum: null or { Count: 0 } })
                {
                    media.Schema = null;
                }
            }
        }
    }
}
