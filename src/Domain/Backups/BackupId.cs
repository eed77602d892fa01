using Pixyer.Domain.Common;

namespace Pixyer.Domain.Backups;

public readonly record struct BackupId(Guid Value) : IEntityId
{
    public static BackupId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
