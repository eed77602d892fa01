using Mediator;
using NetArchTest.Rules;
using Pixyer.Application.Common.Behaviors;
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
    public void UnitOfWork_WhenInspected_ShouldOnlyRunTheTransaction()
    {
        AssertRule(
            Types.InAssembly(ApplicationAssembly).That().HaveNameStartingWith("UnitOfWorkBehavior"),
            unitOfWork => unitOfWork.ShouldNot().HaveDependencyOnAny(
                "Pixyer.Application.Common.Auditing", "Pixyer.Domain.Auditing", "Pixyer.Domain.Idempotency",
                "Pixyer.Application.Common.Persistence.IAppDbContext", "Pixyer.Application.Common.Security.IKeyedHasher"),
            "The unit of work opens, commits and runs commit hooks; what it writes before the commit is an IPreCommitStep.");
        Assert.InRange(typeof(UnitOfWorkBehavior<,>).GetConstructors().Single().GetParameters().Length, 1, 5);
    }

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
