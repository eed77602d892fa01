namespace Pixyer.Api.Endpoints;

/// <summary>A set of endpoints that maps itself; every one is found and mapped at start-up by <see cref="EndpointGroups"/>.</summary>
public interface IEndpointGroup
{
    /// <summary>Whether the routes sit under <see cref="EndpointGroups.ApiPrefix"/>; the health probes sit at the root.</summary>
    bool IsVersioned => true;

    void Map(IEndpointRouteBuilder routes);
}
