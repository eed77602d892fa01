using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// A body the application validates states its validators' bounds (<see cref="ValidatorBounds"/>): what the server
/// refuses, the document says, so that a client knows the limits before it hits them.
/// </summary>
internal sealed class ValidatorBoundsSchemaFilter(IServiceScopeFactory scopes) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } body)
        {
            return;
        }

        // Validators are scoped (some take the current actor): built in a scope of their own, outside any request.
        using var scope = scopes.CreateScope();
        ValidatorBounds.Apply(ValidatorBounds.RulesFor(scope.ServiceProvider, context.Type), body.Properties, context.SchemaRepository);
    }
}
