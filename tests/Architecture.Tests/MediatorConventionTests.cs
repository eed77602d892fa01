using Mediator;
using NetArchTest.Rules;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

public sealed class MediatorConventionTests
{
    [Fact]
    public void Handlers_WhenDeclaredInApplication_ShouldBeSealed() =>
        AssertRule(
            Types.InAssembly(ApplicationAssembly).That()
                .ImplementInterface(typeof(ICommandHandler<,>))
                .Or().ImplementInterface(typeof(ICommandHandler<>))
                .Or().ImplementInterface(typeof(IQueryHandler<,>)),
            handlers => handlers.Should().BeSealed(),
            "Every command and query handler must be sealed.");

    [Fact]
    public void PipelineBehaviors_WhenDeclaredAnywhere_ShouldBeSealed() =>
        AssertRule(
            Types.InAssemblies([ApplicationAssembly, InfrastructureAssembly, ApiAssembly]).That().ImplementInterface(typeof(IPipelineBehavior<,>)),
            behaviors => behaviors.Should().BeSealed(),
            "Every pipeline behavior must be sealed.");

    [Fact]
    public void Requests_WhenDeclared_ShouldEachHaveExactlyOneHandler()
    {
        Assert.NotEmpty(RequestTypes);
        var handlersByRequest = HandlerTypes
            .SelectMany(handler => HandledRequests(handler).Select(request => (request, handler)))
            .ToLookup(pair => pair.request, pair => pair.handler);

        var offending = RequestTypes
            .Where(request => handlersByRequest[request].Count() != 1)
            .Select(request => $"{request.Name} ({handlersByRequest[request].Count()} handlers)")
            .ToList();

        Assert.True(offending.Count == 0, $"Each request needs exactly one handler: {string.Join(", ", offending)}");
    }

    [Fact]
    public void Handlers_WhenDeclared_ShouldHandleOnlyKnownRequestTypes()
    {
        Assert.NotEmpty(HandlerTypes);

        var strays = HandlerTypes.SelectMany(HandledRequests).Except(RequestTypes).ToList();

        Assert.True(strays.Count == 0, $"Handled types that are not request types of Application: {Describe(strays)}");
    }
}
