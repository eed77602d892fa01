using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pixyer.Bench;

/// <summary>Puts a bench-only wrapper in place of one of the API's registrations, keeping the API's own implementation inside it.</summary>
internal static class ServiceSwap
{
    /// <summary>
    /// Replaces the last registration of <typeparamref name="TService"/> by <paramref name="wrap"/>, same lifetime. Its
    /// second argument builds the API's own implementation from the same scope (so it uses that scope's DbContext).
    /// </summary>
    public static void Wrap<TService>(IServiceCollection services, Func<IServiceProvider, Func<TService>, TService> wrap)
        where TService : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(TService));
        services.RemoveAll<TService>();
        services.Add(ServiceDescriptor.Describe(typeof(TService), sp => wrap(sp, () => Create<TService>(sp, registered)), registered.Lifetime));
    }

    private static TService Create<TService>(IServiceProvider services, ServiceDescriptor registered) =>
        (TService)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
