using Pixyer.Domain.Common;

namespace Pixyer.Domain.Advertising;

public readonly record struct AdProfileId(Guid Value) : IEntityId
{
    public static AdProfileId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
