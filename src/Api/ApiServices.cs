using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Pixyer.Api.Errors;
using Pixyer.Api.Http;
using Pixyer.Api.OpenApi;
using Pixyer.Api.Security;

namespace Pixyer.Api;

public static class ApiServices
{
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        var http = configuration.GetSection(HttpOptions.Section).Get<HttpOptions>() ?? new HttpOptions();
        services.Configure<HttpOptions>(configuration.GetSection(HttpOptions.Section));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            StrictJson.Apply(o.SerializerOptions);
        });
        // Binding failures (malformed JSON, wrong content type) become exceptions, so that one handler answers them.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddPixyerProblemDetails();
        services.AddAuthentication(SessionAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddPixyerRateLimiting();
        services.AddPixyerCors(configuration);
        services.AddPixyerSwagger();
        if (http.TrustForwardedHeaders)
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            });
        }

        return services;
    }
}
