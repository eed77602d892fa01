using System.Reflection;
using Mediator;
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

    public static readonly bool IsIdempotent = typeof(IIdempotentCommand).IsAssignableFrom(typeof(TMessage));
}
