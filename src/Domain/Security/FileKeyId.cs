using Pixyer.Domain.Common;

namespace Pixyer.Domain.Security;

public readonly record struct FileKeyId(Guid Value) : IEntityId
{
    public static FileKeyId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
