using Pixyer.Domain.Common;

namespace Pixyer.Domain.Incidents;

public readonly record struct RegulatorReportId(Guid Value) : IEntityId
{
    public static RegulatorReportId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
