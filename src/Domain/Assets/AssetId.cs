using Pixyer.Domain.Common;

namespace Pixyer.Domain.Assets;

public readonly record struct AssetId(Guid Value) : IEntityId
{
    public static AssetId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
