using Pixyer.Domain.Common;

namespace Pixyer.Domain.LegalRequests;

public readonly record struct LegalRequestId(Guid Value) : IEntityId
{
    public static LegalRequestId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
