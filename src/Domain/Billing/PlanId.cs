using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

public readonly record struct PlanId(Guid Value) : IEntityId
{
    public static PlanId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
