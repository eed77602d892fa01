using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Pixyer.Api.Endpoints;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// The bounds of an operation's own inputs that no schema type carries: <c>?page=</c> and <c>?pageSize=</c> as
/// <see cref="PagingExtensions.ValidPage"/> checks them, and a file part of a multipart body, which cannot be longer
/// than the endpoint's request-body limit (<see cref="RequestBodyLimitMiddleware"/>).
/// </summary>
internal sealed class PagingAndUploadBoundsFilter(IOptions<HttpOptions> http) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter is { In: ParameterLocation.Query, Schema: OpenApiSchema schema })
            {
                (schema.Minimum, schema.Maximum) = parameter.Name switch
                {
                    "page" => ("1", PageRequest.MaxPage.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    "pageSize" => ("1", PageRequest.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    _ => (schema.Minimum, schema.Maximum),
                };
            }
        }

        var limit = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestBodyLimitMetadata>().LastOrDefault()?.MaxRequestBodySize
                    ?? http.Value.MaxRequestBodyBytes;
        var files = (operation.RequestBody?.Content ?? new Dictionary<string, IOpenApiMediaType>())
            .Where(content => content.Key.StartsWith("multipart/", StringComparison.Ordinal))
            .SelectMany(content => content.Value.Schema?.Properties?.Values ?? [])
            .OfType<OpenApiSchema>()
            .Where(part => part.Format == "binary");
        foreach (var file in files)
        {
            file.MaxLength = (int)Math.Min(limit, int.MaxValue);
        }
    }
}
