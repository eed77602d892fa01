using Pixyer.Domain.Common;

namespace Pixyer.Domain.Auditing;

public readonly record struct AuditEntryId(Guid Value) : IEntityId
{
    /// <summary>An id that orders with the time the entry happened, not the time it was written.</summary>
    public static AuditEntryId New(DateTimeOffset occurredAt) => new(Guid.CreateVersion7(occurredAt));

    public override string ToString() => Value.ToString();
}
