using Pixyer.Domain.Common;

namespace Pixyer.Domain.Exports;

public readonly record struct DataExportId(Guid Value) : IEntityId
{
    public static DataExportId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
