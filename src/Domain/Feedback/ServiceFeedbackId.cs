using Pixyer.Domain.Common;

namespace Pixyer.Domain.Feedback;

public readonly record struct ServiceFeedbackId(Guid Value) : IEntityId
{
    public static ServiceFeedbackId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
