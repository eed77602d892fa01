using System.Reflection;
using Mediator;
using NetArchTest.Rules;

namespace Pixyer.Architecture.Tests;

/// <summary>The assemblies under test and the mediator types they hold, shared by every rule.</summary>
internal static class ArchitectureSupport
{
    public static readonly Assembly DomainAssembly = typeof(Domain.Accounts.Account).Assembly;
    public static readonly Assembly ApplicationAssembly = typeof(Application.DependencyInjection).Assembly;
    public static readonly Assembly InfrastructureAssembly = typeof(Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly ApiAssembly = typeof(Api.ApiServices).Assembly;

    private static readonly Type[] HandlerInterfaces =
        [typeof(ICommandHandler<,>), typeof(ICommandHandler<>), typeof(IQueryHandler<,>)];

    /// <summary>Non-abstract classes implementing <see cref="IBaseCommand"/> or <see cref="IBaseQuery"/>.</summary>
    public static IReadOnlyList<Type> RequestTypes { get; } = ApplicationAssembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false }
            && (typeof(IBaseCommand).IsAssignableFrom(t) || typeof(IBaseQuery).IsAssignableFrom(t)))
        .ToList();

    public static IReadOnlyList<Type> HandlerTypes { get; } = ApplicationAssembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && HandledRequests(t).Any())
        .ToList();

    /// <summary>The request types <paramref name="handler"/> handles, once each.</summary>
    public static IEnumerable<Type> HandledRequests(Type handler) => handler.GetInterfaces()
        .Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()))
        .Select(i => i.GetGenericArguments()[0])
        .Distinct();

    /// <summary>Asserts the rule selected something, so that it can fail, and then that it held.</summary>
    public static void AssertRule(PredicateList selection, Func<PredicateList, ConditionList> condition, string rule)
    {
        Assert.NotEmpty(selection.GetTypes());
        var result = condition(selection).GetResult();
        Assert.True(result.IsSuccessful, $"{rule} Offending types: {Describe(result.FailingTypeNames)}");
    }

    public static string Describe(IEnumerable<Type> types) => Describe(types.Select(t => t.FullName ?? t.Name));

    private static string Describe(IEnumerable<string>? names) => string.Join(", ", names ?? []);
}
