using Pixyer.Domain.Common;

namespace Pixyer.Domain.Sessions;

public readonly record struct SessionId(Guid Value) : IEntityId
{
    public static SessionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
