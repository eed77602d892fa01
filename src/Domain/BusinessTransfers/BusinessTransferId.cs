using Pixyer.Domain.Common;

namespace Pixyer.Domain.BusinessTransfers;

public readonly record struct BusinessTransferId(Guid Value) : IEntityId
{
    public static BusinessTransferId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
