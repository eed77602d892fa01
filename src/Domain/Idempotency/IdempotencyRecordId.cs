using Pixyer.Domain.Common;

namespace Pixyer.Domain.Idempotency;

public readonly record struct IdempotencyRecordId(Guid Value) : IEntityId
{
    public static IdempotencyRecordId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
