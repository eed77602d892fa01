using Pixyer.Domain.Common;

namespace Pixyer.Domain.Rights;

public readonly record struct DeletionRequestId(Guid Value) : IEntityId
{
    public static DeletionRequestId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
