using Microsoft.AspNetCore.Http.Metadata;
using Pixyer.Api.Http;

namespace Pixyer.Api.Endpoints;

/// <summary>Marks an endpoint whose command honours the Idempotency-Key header (documented in OpenAPI).</summary>
public sealed class AcceptsIdempotencyKeyMetadata;

/// <summary>Marks an endpoint that answers its 200 as CSV on request, beside its JSON (documented in OpenAPI).</summary>
public sealed class ProducesCsvMetadata;

/// <summary>The example of a body the OpenAPI document cannot build from a schema (e.g. one read raw, as sent).</summary>
public sealed class RequestExampleMetadata(string json)
{
    public string Json { get; } = json;
}

/// <summary>An endpoint's own request-body limit, in place of the global one (<see cref="RequestBodyLimitMiddleware"/>).</summary>
public sealed class RequestBodyLimitMetadata(long maxBytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => maxBytes;
}

/// <summary>Marks the endpoint the payment gateway calls, authenticated by its signature header (documented in OpenAPI).</summary>
public sealed class SignedByPaymentGatewayMetadata;

/// <summary>The endpoint's 200 is a JSON array of at most <see cref="MaxItems"/> entries, a count fixed at start-up (documented as <c>maxItems</c>).</summary>
public sealed class ListOfAtMostMetadata(int maxItems)
{
    public int MaxItems { get; } = maxItems;
}

public static class EndpointConventions
{
    /// <summary>Documents the problems every signed-in endpoint can answer.</summary>
    public static RouteHandlerBuilder RequiresSession(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    public static RouteHandlerBuilder WithRequestBodyLimit(this RouteHandlerBuilder builder, long maxBytes) =>
        builder.WithMetadata(new RequestBodyLimitMetadata(maxBytes)).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string json) =>
        builder.WithMetadata(new RequestExampleMetadata(json));

    /// <summary>For a list that is not paged because its length is fixed: one entry per value of an enum or a catalog.</summary>
    public static RouteHandlerBuilder ProducesListOfAtMost(this RouteHandlerBuilder builder, int maxItems) =>
        builder.WithMetadata(new ListOfAtMostMetadata(maxItems));

    public static RouteHandlerBuilder ProducesCsv(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new ProducesCsvMetadata());

    public static RouteHandlerBuilder SignedByPaymentGateway(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new SignedByPaymentGatewayMetadata());

    public static RouteHandlerBuilder AcceptsIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new AcceptsIdempotencyKeyMetadata())
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
