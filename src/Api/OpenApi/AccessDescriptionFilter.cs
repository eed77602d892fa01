using System.Reflection;
using Microsoft.OpenApi;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// Ends each operation's description with who may call it, read from the <see cref="AccessAttribute"/> of the request
/// the endpoint sends: the document says what the authorization behavior enforces, and cannot drift from it.
/// </summary>
internal sealed class AccessDescriptionFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (SentRequest.Of(context.ApiDescription.ActionDescriptor.EndpointMetadata) is not { } request
            || request.GetCustomAttribute<AccessAttribute>() is not { } access)
        {
            return;
        }

        var line = AccessLine(access);
        operation.Description = string.IsNullOrEmpty(operation.Description) ? line : $"{operation.Description}\n\n{line}";
    }

    private static string AccessLine(AccessAttribute access) => "**Access:** " + access.Level switch
    {
        AccessLevel.Anonymous => "anyone; no sign-in needed.",
        AccessLevel.Authenticated => "any signed-in account.",
        AccessLevel.Roles => $"signed in with one of the roles: {string.Join(", ", RoleNames.Of(access.Roles))}.",
        AccessLevel.System => "the application itself only; every HTTP caller is refused.",
        _ => throw new ArgumentOutOfRangeException(nameof(access), access.Level, "Unknown access level."),
    };
}
