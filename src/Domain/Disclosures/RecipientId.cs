using Pixyer.Domain.Common;

namespace Pixyer.Domain.Disclosures;

public readonly record struct RecipientId(Guid Value) : IEntityId
{
    public static RecipientId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
