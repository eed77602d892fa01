using Pixyer.Domain.Common;

namespace Pixyer.Domain.LegalHolds;

public readonly record struct LegalHoldId(Guid Value) : IEntityId
{
    public static LegalHoldId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
