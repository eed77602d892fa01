using Pixyer.Domain.Common;

namespace Pixyer.Domain.Incidents;

public readonly record struct IncidentEventId(Guid Value) : IEntityId
{
    public static IncidentEventId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
