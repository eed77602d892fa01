using Pixyer.Domain.Common;

namespace Pixyer.Domain.Incidents;

public readonly record struct IncidentId(Guid Value) : IEntityId
{
    public static IncidentId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
