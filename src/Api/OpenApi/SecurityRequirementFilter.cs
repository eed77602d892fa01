using System.Reflection;
using Microsoft.OpenApi;
using Pixyer.Api.Endpoints;
using Pixyer.Api.Http;
using Pixyer.Api.Security;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features;
using Pixyer.Application.Features.Deletion;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Pixyer.Api.OpenApi;

/// <summary>
/// Each operation's security, read from the <see cref="AccessAttribute"/> of the request it sends: for an anonymous
/// one the empty requirement (<c>security: [{}]</c>, OpenAPI's "no credentials needed", shown without a padlock), else
/// the session by bearer token or by cookie, with the roles it needs as the requirement's role names (OpenAPI 3.1).
/// Anonymous kinds with a credential of their own: a mailed link's signed <c>token</c> (in the query; where the token
/// is optional a session of the owner does too), a deletion certificate's token (in its header, as the mail's page
/// sends it) and the payment gateway's signature header. Unsafe operations
/// document the CSRF header a cookie session must send.
/// </summary>
internal sealed class SecurityRequirementFilter : IOperationFilter
{
    public const string BearerScheme = "Bearer";
    public const string CookieScheme = "Cookie";
    public const string MailLinkScheme = "MailLink";
    public const string DeletionLinkScheme = "DeletionLink";
    public const string PaymentSignatureScheme = "PaymentSignature";
    public const string MailLinkTokenParameter = "token";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var access = SentRequest.Of(context.ApiDescription.ActionDescriptor.EndpointMetadata)?.GetCustomAttribute<AccessAttribute>();
        if (IsUnsafe(context.ApiDescription.HttpMethod))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(CsrfHeader());
        }

        if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => LinkScheme(p) is not null) is { } token)
        {
            operation.Parameters.Remove(token);
            var scheme = LinkScheme(token)!;
            // An inquiry's owner may use the session instead; a deletion request outlives the account it deleted.
            var orSession = scheme == MailLinkScheme && !token.Required;
            operation.Security = [Requirement(scheme, context), .. orSession ? Session([], context) : []];
        }
        else if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<SignedByPaymentGatewayMetadata>().Any())
        {
            operation.Security = [Requirement(PaymentSignatureScheme, context)];
        }
        else if (access is null || access.Level == AccessLevel.Anonymous)
        {
            operation.Security = [new OpenApiSecurityRequirement()];
        }
        else
        {
            operation.Security = Session(access.Level == AccessLevel.Roles ? RoleNames.Of(access.Roles).ToList() : [], context);
        }
    }

    private static List<OpenApiSecurityRequirement> Session(List<string> roles, OperationFilterContext context) =>
        [Requirement(BearerScheme, context, roles), Requirement(CookieScheme, context, [.. roles])];

    private static OpenApiSecurityRequirement Requirement(string scheme, OperationFilterContext context, List<string>? roles = null) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = roles ?? [] };

    /// <summary>The scheme of a mailed link's token, which the endpoint binds as a parameter.</summary>
    private static string? LinkScheme(OpenApiParameter parameter) => parameter switch
    {
        { In: ParameterLocation.Query, Name: MailLinkTokenParameter } => MailLinkScheme,
        { In: ParameterLocation.Header, Name: DeletionLinks.TokenHeader } => DeletionLinkScheme,
        _ => null,
    };

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
