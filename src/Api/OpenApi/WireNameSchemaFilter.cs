using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Pixyer.Application.Common;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// A string that holds an enum's wire name (<see cref="WireNameOfAttribute"/>) is documented as a string enum of
/// exactly the names the API sends and accepts; a list of them, as a list of that enum.
/// </summary>
internal sealed class WireNameSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        var names = (context.MemberInfo?.GetCustomAttribute<WireNameOfAttribute>()
                     ?? context.ParameterInfo?.GetCustomAttribute<WireNameOfAttribute>())?.Names;
        var target = schema.Items ?? schema;
        if (names is null || target is not OpenApiSchema strings)
        {
            return;
        }

        // A nullable value may also be null, which the enum must then list too.
        var nullable = strings.Type?.HasFlag(JsonSchemaType.Null) == true ? [null] : Array.Empty<JsonNode?>();
        strings.Enum = names.Select(name => (JsonNode?)JsonValue.Create(name)).Concat(nullable).ToList()!;
    }
}
