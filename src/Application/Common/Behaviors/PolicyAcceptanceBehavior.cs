using Mediator;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Policies;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// Obligation V1: once a significant policy version is in force, an account that has not accepted it may only
/// read its own data, export, delete, withdraw consent, accept the policy and log out (403
/// <c>policy-acceptance-required</c> naming the version).
/// </summary>
public sealed class PolicyAcceptanceBehavior<TMessage, TResponse>(IPolicyAcceptanceCheck policies, ICurrentActor actor)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var allowed = RequestDescriptor<TMessage>.IsAllowedBeforePolicyAcceptance
                      || message is IConditionallyAllowedBeforePolicyAcceptance { AllowedBeforePolicyAcceptance: true };
        if (!allowed
            && actor.AccountId is { } account
            && await policies.PendingSignificantVersionAsync(account, cancellationToken) is { } version)
        {
            throw new PolicyAcceptanceRequiredException(version);
        }

        return await next(message, cancellationToken);
    }
}
