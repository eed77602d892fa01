using Pixyer.Domain.Common;

namespace Pixyer.Domain.Rights;

public readonly record struct GuardianRequestId(Guid Value) : IEntityId
{
    public static GuardianRequestId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
