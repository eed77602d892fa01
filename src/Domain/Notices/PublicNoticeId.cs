using Pixyer.Domain.Common;

namespace Pixyer.Domain.Notices;

public readonly record struct PublicNoticeId(Guid Value) : IEntityId
{
    public static PublicNoticeId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
