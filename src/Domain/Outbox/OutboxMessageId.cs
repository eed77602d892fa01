using Pixyer.Domain.Common;

namespace Pixyer.Domain.Outbox;

public readonly record struct OutboxMessageId(Guid Value) : IEntityId
{
    public static OutboxMessageId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
