using Microsoft.OpenApi;
using Pixyer.Api.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// What an operation takes outside a validated body, bounded by the validators of the request it sends: its query and
/// path parameters, a form's fields, and a body record the endpoint copies into that request, each by its member's name.
/// </summary>
internal sealed class ValidatorBoundsOperationFilter(IServiceScopeFactory scopes) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (SentRequest.Of(context.ApiDescription.ActionDescriptor.EndpointMetadata) is not { } request)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var rules = ValidatorBounds.RulesFor(scope.ServiceProvider, request);
        if (rules.Count == 0)
        {
            return;
        }

        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter.Name is { } name)
            {
                ValidatorBounds.Apply(rules[name], parameter.Schema, context.SchemaRepository);
            }
        }

        foreach (var content in operation.RequestBody?.Content?.Values ?? [])
        {
            ValidatorBounds.Apply(rules, ValidatorBounds.Resolve(content.Schema, context.SchemaRepository)?.Properties, context.SchemaRepository);
        }
    }
}
