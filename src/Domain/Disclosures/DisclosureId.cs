using Pixyer.Domain.Common;

namespace Pixyer.Domain.Disclosures;

public readonly record struct DisclosureId(Guid Value) : IEntityId
{
    public static DisclosureId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
