using System.Reflection;
using Mediator;
using NetArchTest.Rules;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Requests;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

/// <summary>Queries only read; what writes, calls out or commits as it goes is a command, and says how it commits.</summary>
public sealed class RequestKindTests
{
    private static readonly string[] Mediator = [typeof(ISender).FullName!, typeof(IMediator).FullName!, typeof(IPublisher).FullName!];

    [Fact]
    public void QueryHandlers_WhenInspected_ShouldHoldNoPortWithSideEffects() =>
        AssertRule(
            Types.InAssembly(ApplicationAssembly).That().ImplementInterface(typeof(IQueryHandler<,>)),
            handlers => handlers.ShouldNot().HaveDependencyOnAny(
            [
                typeof(IFileStore).FullName!, typeof(IImageGenerator).FullName!, typeof(IOutbox).FullName!,
                typeof(IExportProgress).FullName!, typeof(ICommandSteps).FullName!, .. Mediator,
            ]),
            "A query must not write files, call the image provider, queue messages, commit progress or send requests: make it a command.");

    [Fact]
    public void Application_WhenInspected_ShouldSendRequestsOnlyThroughItsPorts() =>
        AssertRule(
            Types.InAssembly(ApplicationAssembly).That().ResideInNamespace("Pixyer.Application"),
            types => types.ShouldNot().HaveDependencyOnAny(Mediator),
            "Application sends a request only through a documented port (ICommandSteps, IExportProgress), never the mediator.");

    [Fact]
    public void Handlers_WhenInspected_ShouldNotSendSteps()
    {
        Assert.NotEmpty(HandlerTypes);

        var offending = HandlerTypes.Where(h => ConstructorTypes(h).Contains(typeof(ICommandSteps))).ToList();

        Assert.True(
            offending.Count == 0,
            $"A step sent from inside a handler shares its change tracker and commit hooks; commit through a port with a scope of its own: {Describe(offending)}");
    }

    [Fact]
    public void NoTransactionRequests_WhenDeclared_ShouldBeCommands()
    {
        var declared = RequestTypes.Where(t => t.IsDefined(typeof(NoTransactionAttribute))).ToList();
        Assert.NotEmpty(declared);

        var queries = declared.Where(t => !typeof(IBaseCommand).IsAssignableFrom(t)).ToList();

        Assert.True(queries.Count == 0, $"[NoTransaction] is for commands; a query never has a transaction: {Describe(queries)}");
    }

    [Fact]
    public void NoTransactionHandlers_WhenInspected_ShouldHoldNothingOnlyATransactionCommits()
    {
        var handlers = HandlerTypes.Where(h => HandledRequests(h).Any(r => r.IsDefined(typeof(NoTransactionAttribute)))).ToList();
        Assert.NotEmpty(handlers);
        Type[] transactional = [typeof(IOutbox), typeof(CommitHooks)];

        var offending = handlers
            .Where(h => ConstructorTypes(h).Any(transactional.Contains))
            .ToList();

        Assert.True(
            offending.Count == 0,
            $"A [NoTransaction] handler's outbox rows and commit hooks would never commit: {Describe(offending)}");
    }

    private static IEnumerable<Type> ConstructorTypes(Type type) =>
        type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType);
}
