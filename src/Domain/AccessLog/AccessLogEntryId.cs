using Pixyer.Domain.Common;

namespace Pixyer.Domain.AccessLog;

public readonly record struct AccessLogEntryId(Guid Value) : IEntityId
{
    /// <summary>An id that orders with the time the entry happened, not the time it was written.</summary>
    public static AccessLogEntryId New(DateTimeOffset occurredAt) => new(Guid.CreateVersion7(occurredAt));

    public override string ToString() => Value.ToString();
}
