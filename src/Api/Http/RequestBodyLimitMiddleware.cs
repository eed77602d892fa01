using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Pixyer.Api.Http;

/// <summary>
/// Refuses bodies over the limit with 413 before they are read: by the declared length at once, and by the
/// server's running count when the length is not declared. The limit is <see cref="HttpOptions.MaxRequestBodyBytes"/>,
/// unless the endpoint declares its own (<see cref="IRequestSizeLimitMetadata"/>, e.g. the image upload's). On
/// Kestrel the routing middleware applies that metadata too; this middleware also covers servers without the
/// size feature (the test server), through <see cref="LengthLimitedStream"/>.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<HttpOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                    ?? options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        else if (context.Request.ContentLength is null)
        {
            context.Request.Body = new LengthLimitedStream(context.Request.Body, limit);
        }

        return next(context);
    }
}
