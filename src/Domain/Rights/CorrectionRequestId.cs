using Pixyer.Domain.Common;

namespace Pixyer.Domain.Rights;

public readonly record struct CorrectionRequestId(Guid Value) : IEntityId
{
    public static CorrectionRequestId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
