using System.Reflection;
using Microsoft.OpenApi;
using Pixyer.Api.Http;
using Pixyer.Api.Security;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// Each operation's security, read from the <see cref="AccessAttribute"/> of the request it sends: none for an
/// anonymous one (<c>security: []</c>), else the session by bearer token or by cookie, with the roles it needs as the
/// requirement's role names (OpenAPI 3.1). Unsafe operations document the CSRF header a cookie session must send.
/// </summary>
internal sealed class SecurityRequirementFilter : IOperationFilter
{
    public const string BearerScheme = "Bearer";
    public const string CookieScheme = "Cookie";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var access = SentRequest.Of(context.ApiDescription.ActionDescriptor.EndpointMetadata)?.GetCustomAttribute<AccessAttribute>();
        if (IsUnsafe(context.ApiDescription.HttpMethod))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(CsrfHeader());
        }

        if (access is null || access.Level == AccessLevel.Anonymous)
        {
            operation.Security = [];
            return;
        }

        var roles = access.Level == AccessLevel.Roles ? RoleNames.Of(access.Roles).ToList() : [];
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = roles },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [.. roles] },
        ];
    }

    private static bool IsUnsafe(string? method) =>
        method is not null && !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    // A browser with a session cookie sends it to every operation, anonymous ones too, and the check applies to each.
    private static OpenApiParameter CsrfHeader() => new()
    {
        Name = SessionCookies.CsrfHeader,
        In = ParameterLocation.Header,
        Required = false,
        Description = $"Required when the request carries the `{SessionCookies.Session}` cookie: the value of the `{SessionCookies.Csrf}` "
                      + "cookie (also `csrfToken` in the log-in response); without it such a request answers 403 `csrf-token-invalid`. "
                      + "Not needed with `Authorization: Bearer`.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 128, Pattern = "^[A-Za-z0-9_-]+$" },
    };
}
