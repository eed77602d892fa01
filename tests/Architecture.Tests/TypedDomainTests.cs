using System.Reflection;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

/// <summary>
/// The domain's entities say what their values are: a list is a collection and a value of the processing register is
/// its enum, never a string to split or parse; an entity is identified by an id of its own type, never a raw Guid.
/// </summary>
public sealed class TypedDomainTests
{
    // Names that promise a list or a value of the processing register (purpose, legal basis, data categories).
    private static readonly string[] ListOrEnumNameEndings = ["Categories", "Formats", "Purpose", "Purposes", "LegalBasis", "Ids"];

    /// <summary>The domain's entity types: the classes identified by an <c>Id</c>.</summary>
    private static IReadOnlyList<Type> EntityTypes { get; } = DomainAssembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetProperty("Id") is not null)
        .ToList();

    [Fact]
    public void Entities_WhenInspected_ShouldHoldListsAndRegisterValuesTyped()
    {
        Assert.NotEmpty(EntityTypes);

        var stringly = StringlyTypedProperties(EntityTypes);

        Assert.True(stringly.Count == 0, $"Entity properties that are strings but name a list or an enum: {string.Join(", ", stringly)}");
    }

    [Fact]
    public void Entities_WhenInspected_ShouldBeIdentifiedByTypedIds()
    {
        Assert.NotEmpty(EntityTypes);

        var raw = RawGuidIds(EntityTypes);

        Assert.True(raw.Count == 0, $"Entities whose Id is a raw Guid: {string.Join(", ", raw)}");
    }

    // Controls: the searches flag what they look for, so the rules above can fail.
    [Fact]
    public void StringlyTypedSearch_WhenAListIsAString_ShouldFindIt() =>
        Assert.Equal(["StringlyTypedSample.DataCategories", "StringlyTypedSample.Purpose"], StringlyTypedProperties([typeof(StringlyTypedSample)]));

    [Fact]
    public void RawGuidIdSearch_WhenAnIdIsAGuid_ShouldFindIt() =>
        Assert.Equal(["StringlyTypedSample"], RawGuidIds([typeof(StringlyTypedSample)]));

    private static List<string> StringlyTypedProperties(IEnumerable<Type> types) => types
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        .Where(p => p.PropertyType == typeof(string) && ListOrEnumNameEndings.Any(e => p.Name.EndsWith(e, StringComparison.Ordinal)))
        .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
        .Order(StringComparer.Ordinal)
        .ToList();

    private static List<string> RawGuidIds(IEnumerable<Type> types) => types
        .Where(t => t.GetProperty("Id")!.PropertyType == typeof(Guid))
        .Select(t => t.Name)
        .Order(StringComparer.Ordinal)
        .ToList();

    private sealed class StringlyTypedSample
    {
        public Guid Id { get; init; }

        public string DataCategories { get; init; } = "";

        public string Purpose { get; init; } = "";

        public string Name { get; init; } = "";
    }
}
