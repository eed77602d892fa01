using Pixyer.Domain.Common;

namespace Pixyer.Domain.Deidentification;

public readonly record struct DeidentifiedExportId(Guid Value) : IEntityId
{
    public static DeidentifiedExportId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
