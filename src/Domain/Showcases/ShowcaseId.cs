using Pixyer.Domain.Common;

namespace Pixyer.Domain.Showcases;

public readonly record struct ShowcaseId(Guid Value) : IEntityId
{
    public static ShowcaseId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
