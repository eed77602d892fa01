using Pixyer.Domain.Common;

namespace Pixyer.Domain.Generation;

public readonly record struct GenerationJobId(Guid Value) : IEntityId
{
    public static GenerationJobId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
