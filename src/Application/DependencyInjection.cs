using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Behaviors;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Accounts;

namespace Pixyer.Application;

public static class DependencyInjection
{
    /// <summary>
    /// The pipeline behaviors, outermost first. The mediator itself is registered by the host project, where its
    /// source generator runs.
    /// </summary>
    public static readonly Type[] PipelineBehaviors =
    [
        typeof(LoggingBehavior<,>),
        typeof(AuditFailureBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(AuthorizationBehavior<,>),
        // Policy-acceptance and consent behaviors go here (they refuse before anything is stored).
        typeof(IdempotencyBehavior<,>),
        typeof(UnitOfWorkBehavior<,>),
    ];

    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped);
        services.AddScoped<CurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());
        services.AddScoped<RequestContext>();
        services.AddScoped<IRequestContext>(sp => sp.GetRequiredService<RequestContext>());
        services.AddScoped<PendingIdempotency>();
        services.AddScoped<IOutbox, Outbox>();
        services.AddScoped<EmailVerificationMailer>();

        var sources = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPersonalDataSource).IsAssignableFrom(t));
        foreach (var source in sources)
        {
            services.AddScoped(typeof(IPersonalDataSource), source);
        }

        return services;
    }
}
