using System.Reflection;

namespace Pixyer.Api.Endpoints;

public static class EndpointGroups
{
    public const string ApiPrefix = "/api/v1";

    /// <summary>The endpoint groups an assembly declares, ordered by name so that they are always mapped in the same order.</summary>
    public static IReadOnlyList<Type> In(Assembly assembly) => assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(IEndpointGroup)))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToList();

    /// <summary>Maps every endpoint group of the API.</summary>
    public static void MapEndpointGroups(this WebApplication app)
    {
        var api = app.MapGroup(ApiPrefix);
        foreach (var type in In(typeof(EndpointGroups).Assembly))
        {
            var group = (IEndpointGroup)Activator.CreateInstance(type)!;
            group.Map(group.IsVersioned ? api : app);
        }
    }
}
