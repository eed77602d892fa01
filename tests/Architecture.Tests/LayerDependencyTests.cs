using System.Reflection;
using NetArchTest.Rules;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

public sealed class LayerDependencyTests
{
    [Fact]
    public void Domain_WhenInspected_ShouldDependOnNoOuterLayerNorPersistenceNorMediator() =>
        AssertNoDependency(
            DomainAssembly,
            "Pixyer.Application",
            "Pixyer.Infrastructure",
            "Pixyer.Api",
            "Microsoft.EntityFrameworkCore",
            "Mediator");

    [Fact]
    public void Application_WhenInspected_ShouldDependOnNeitherInfrastructureNorApiNorAspNetCore() =>
        AssertNoDependency(ApplicationAssembly, "Pixyer.Infrastructure", "Pixyer.Api", "Microsoft.AspNetCore");

    [Fact]
    public void Infrastructure_WhenInspected_ShouldNotDependOnApi() =>
        AssertNoDependency(InfrastructureAssembly, "Pixyer.Api");

    [Fact]
    public void ApplicationCommon_WhenInspected_ShouldNotDependOnFeatures() =>
        AssertRule(
            Types.InAssembly(ApplicationAssembly).That().ResideInNamespace("Pixyer.Application.Common"),
            common => common.ShouldNot().HaveDependencyOn("Pixyer.Application.Features"),
            "Common (behaviors, ports) must not depend on a feature; what a behavior needs of one is a port in Common.");

    // Controls: the dependency search finds the dependencies that do exist, so the rules above can fail.
    [Theory]
    [InlineData("Application", "Pixyer.Domain")]
    [InlineData("Infrastructure", "Microsoft.EntityFrameworkCore")]
    [InlineData("Infrastructure", "Pixyer.Application")]
    [InlineData("Api", "Pixyer.Application")]
    public void DependencySearch_WhenLayerUsesANamespace_ShouldFindIt(string layer, string dependency)
    {
        var assembly = layer switch
        {
            "Application" => ApplicationAssembly,
            "Infrastructure" => InfrastructureAssembly,
            "Api" => ApiAssembly,
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
        };

        Assert.NotEmpty(Types.InAssembly(assembly).That().HaveDependencyOn(dependency).GetTypes());
    }

    private static void AssertNoDependency(Assembly assembly, params string[] forbidden)
    {
        Assert.NotEmpty(Types.InAssembly(assembly).GetTypes());
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(
            result.IsSuccessful,
            $"{assembly.GetName().Name} must not depend on {string.Join(", ", forbidden)}. Offending types: "
            + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
