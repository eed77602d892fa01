using NetArchTest.Rules;
using Pixyer.Api.Endpoints;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

/// <summary>Endpoints are mapped by discovery (<see cref="EndpointGroups"/>): a group that is not found is not served.</summary>
public sealed class EndpointGroupTests
{
    private static PredicateList EndpointClasses => Types.InAssembly(ApiAssembly).That()
        .ResideInNamespace(typeof(IEndpointGroup).Namespace).And().HaveNameEndingWith("Endpoints");

    [Fact]
    public void EndpointClasses_WhenDeclared_ShouldBeSealedEndpointGroups() =>
        AssertRule(
            EndpointClasses,
            classes => classes.Should().ImplementInterface(typeof(IEndpointGroup)).And().BeSealed(),
            "Every *Endpoints class must be a sealed IEndpointGroup, or its routes are never mapped.");

    [Fact]
    public void EndpointGroups_WhenDiscovered_ShouldBeExactlyTheEndpointClasses()
    {
        var discovered = EndpointGroups.In(ApiAssembly);

        Assert.Equal(EndpointClasses.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal), discovered);
        var unbuildable = discovered.Where(t => t.GetConstructor(Type.EmptyTypes) is null).ToList();
        Assert.True(unbuildable.Count == 0, $"Discovery needs a public parameterless constructor: {Describe(unbuildable)}");
    }
}
