using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Behaviors;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Common.Telemetry;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.ModelFeedback.SubmitModelFeedback;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Bench;

/// <summary>How the consent behavior checks a request, chosen per request by the bench (header <see cref="ConsentCheckMode.Header"/>).</summary>
internal enum ConsentCheck
{
    /// <summary>Production: the API's own <see cref="ConsentBehavior{TMessage, TResponse}"/>, one ledger query per request.</summary>
    Ledger,

    /// <summary>The check short-circuited: the behavior passes the request on without asking the ledger.</summary>
    None,

    /// <summary>Bench only: the answer cached per subject and purpose (<see cref="CachedConsentLedger"/>).</summary>
    Cached,
}

/// <summary>
/// Bench only: the per-request choice of <see cref="ConsentCheck"/>, so that the three variants run in the same
/// process, on the same accounts, interleaved round by round.
/// </summary>
internal sealed class ConsentCheckMode
{
    public const string Header = "X-Bench-Consent-Check";

    public ConsentCheck Current { get; private set; } = ConsentCheck.Ledger;

    /// <summary>Reads the header before the API's own middleware; without it a request is checked as in production.</summary>
    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var value) && Enum.TryParse<ConsentCheck>(value, out var check))
                {
                    context.RequestServices.GetRequiredService<ConsentCheckMode>().Current = check;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>
/// Bench only, NOT safe for production: <see cref="ConsentLedger.IsGrantedAsync"/> with its answer cached per
/// (subject, purpose) in the process's <see cref="IMemoryCache"/> for <see cref="TimeToLive"/>. A withdrawal
/// recorded meanwhile (here or on another node) does not reach the cache, so processing goes on until the entry
/// expires. See bench/README.md.
/// </summary>
internal sealed class CachedConsentLedger(ConsentLedger ledger, IMemoryCache cache) : IConsentCheck
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(5);

    private static long misses;

    /// <summary>Lookups that went to the ledger, since the process started (only misses are counted, off the hit path).</summary>
    public static long Misses => Interlocked.Read(ref misses);

    public async Task<bool> IsGrantedAsync(ConsentSubject subject, ConsentPurpose purpose, CancellationToken cancellationToken)
    {
        var key = new Key(subject, purpose);
        if (cache.TryGetValue(key, out bool granted))
        {
            return granted;
        }

        Interlocked.Increment(ref misses);
        granted = await ledger.IsGrantedAsync(subject, purpose, cancellationToken);
        cache.Set(key, granted, TimeToLive);
        return granted;
    }

    /// <summary>Not benched: read from the ledger every time.</summary>
    public Task<bool> IsGrantedForItemAsync(AccountId account, ConsentPurpose purpose, string scope, CancellationToken cancellationToken) =>
        ledger.IsGrantedForItemAsync(account, purpose, scope, cancellationToken);

    private readonly record struct Key(ConsentSubject Subject, ConsentPurpose Purpose);
}

/// <summary>
/// Takes the consent behavior's place in the pipeline (same position) and runs the variant the request asked
/// for: the API's own <see cref="ConsentBehavior{TMessage, TResponse}"/>, nothing, or the cached one.
/// </summary>
internal sealed class ConsentCheckSwitch<TMessage, TResponse>(ConsentCheckMode mode, IServiceProvider services)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) => mode.Current switch
    {
        ConsentCheck.None => next(message, cancellationToken),
        // The API's own behavior, asking the cache instead of the ledger: the only difference is the cache.
        ConsentCheck.Cached => new ConsentBehavior<TMessage, TResponse>(
                services.GetRequiredService<CachedConsentLedger>(),
                services.GetRequiredService<ICurrentActor>(),
                services.GetRequiredService<IRequestContext>(),
                services.GetRequiredService<PixyerMetrics>())
            .Handle(message, next, cancellationToken),
        _ => services.GetRequiredService<ConsentBehavior<TMessage, TResponse>>().Handle(message, next, cancellationToken),
    };
}

internal static class ConsentCheckVariants
{
    /// <summary>
    /// The bench's services for the consent scenario: the cache, the per-request mode, and the switch in place of
    /// the consent behavior of <see cref="SubmitModelFeedbackCommand"/> (POST /api/v1/me/model-feedback).
    /// </summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<CachedConsentLedger>();
        services.AddScoped<ConsentCheckMode>();
        services.AddSingleton<IStartupFilter, ConsentCheckMode.StartupFilter>();
        ReplaceConsentBehavior<SubmitModelFeedbackCommand, ModelFeedbackSubmitted>(services);
    }

    /// <summary>
    /// Mediator's generated registration adds one closed <see cref="IPipelineBehavior{TMessage, TResponse}"/> per
    /// behavior and message, in pipeline order, and resolves them from the request's scope: the switch takes the
    /// consent behavior's slot, so the order of the others is unchanged.
    /// </summary>
    private static void ReplaceConsentBehavior<TMessage, TResponse>(IServiceCollection services)
        where TMessage : notnull, IMessage
    {
        var slot = services.Single(d => d.ServiceType == typeof(IPipelineBehavior<TMessage, TResponse>)
                                        && d.ImplementationType == typeof(ConsentBehavior<TMessage, TResponse>));
        services[services.IndexOf(slot)] = ServiceDescriptor.Describe(
            typeof(IPipelineBehavior<TMessage, TResponse>), typeof(ConsentCheckSwitch<TMessage, TResponse>), slot.Lifetime);
        services.AddScoped<ConsentBehavior<TMessage, TResponse>>();
    }
}
