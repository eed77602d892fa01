using System.Reflection;
using Mediator;

namespace Pixyer.Api.Http;

/// <summary>Names the request an endpoint sends when its handler does not bind the request itself (a body record beside a route id, or a query built from the route).</summary>
public sealed class SendsRequestMetadata(Type requestType)
{
    public Type RequestType { get; } = requestType;
}

/// <summary>
/// Which request an endpoint sends, so that what only the request declares (its <c>[Access]</c>) can be read for the
/// endpoint: refusing a body that did not bind, and documenting who may call the operation.
/// </summary>
public static class SentRequest
{
    public static RouteHandlerBuilder Sends<TRequest>(this RouteHandlerBuilder builder)
        where TRequest : IMessage =>
        builder.WithMetadata(new SendsRequestMetadata(typeof(TRequest)));

    /// <summary>The request the endpoint names, else the request its handler binds; null when it does neither.</summary>
    public static Type? Of(IEnumerable<object> endpointMetadata)
    {
        var metadata = endpointMetadata.ToList();
        return metadata.OfType<SendsRequestMetadata>().LastOrDefault()?.RequestType
            ?? metadata.OfType<MethodInfo>().LastOrDefault()?.GetParameters()
                .Select(p => p.ParameterType)
                .FirstOrDefault(t => t.IsAssignableTo(typeof(IMessage)));
    }
}
