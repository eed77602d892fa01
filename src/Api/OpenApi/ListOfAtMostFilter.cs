using Microsoft.OpenApi;
using Pixyer.Api.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>The <c>maxItems</c> of a 200 answered as a bare array whose length is fixed (<see cref="ListOfAtMostMetadata"/>).</summary>
internal sealed class ListOfAtMostFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ListOfAtMostMetadata>().LastOrDefault() is not { } bound
            || operation.Responses?.TryGetValue("200", out var ok) != true || ok?.Content is null)
        {
            return;
        }

        foreach (var list in ok.Content.Values.Select(media => media.Schema).OfType<OpenApiSchema>().Where(s => s.Type == JsonSchemaType.Array))
        {
            list.MaxItems = bound.MaxItems;
        }
    }
}
