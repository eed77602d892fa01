using Pixyer.Domain.Common;

namespace Pixyer.Domain.Uploads;

public readonly record struct UploadId(Guid Value) : IEntityId
{
    public static UploadId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
