using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

public readonly record struct InvoiceId(Guid Value) : IEntityId
{
    public static InvoiceId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
