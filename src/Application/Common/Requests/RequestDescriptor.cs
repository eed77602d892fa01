using System.Reflection;
using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;

namespace Pixyer.Application.Common.Requests;

/// <summary>What a request type declares about itself, read once per type.</summary>
public static class RequestDescriptor<TMessage>
{
    public static readonly string Name = typeof(TMessage).Name;

    public static readonly AccessAttribute Access = typeof(TMessage).GetCustomAttribute<AccessAttribute>()
        ?? throw new InvalidOperationException($"{Name} does not declare its [Access].");

    public static readonly ProcessingAttribute Processing = typeof(TMessage).GetCustomAttribute<ProcessingAttribute>()
        ?? throw new InvalidOperationException($"{Name} does not declare its [Processing].");

    public static readonly bool IsCommand = typeof(IBaseCommand).IsAssignableFrom(typeof(TMessage));

    public static readonly bool IsAuditedQuery = typeof(IAuditedQuery).IsAssignableFrom(typeof(TMessage));

    /// <summary>Declared <see cref="NoTransactionAttribute"/>: the unit of work opens no transaction around it.</summary>
    public static readonly bool RunsWithoutTransaction = typeof(TMessage).GetCustomAttribute<NoTransactionAttribute>() is not null;

    public static readonly bool IsIdempotent = typeof(IIdempotentCommand).IsAssignableFrom(typeof(TMessage));

    /// <summary>The consent the request needs, if any.</summary>
    public static readonly RequiresConsentAttribute? Consent = typeof(TMessage).GetCustomAttribute<RequiresConsentAttribute>();

    /// <summary>
    /// Not held back by an unaccepted significant policy change: declared so, a read of the caller's own data, or
    /// open to anyone anyway.
    /// </summary>
    public static readonly bool IsAllowedBeforePolicyAcceptance =
        typeof(TMessage).GetCustomAttribute<AllowedBeforePolicyAcceptanceAttribute>() is not null
        || Access.Level == AccessLevel.Anonymous
        || (!IsCommand && Access.Level == AccessLevel.Authenticated);
}
