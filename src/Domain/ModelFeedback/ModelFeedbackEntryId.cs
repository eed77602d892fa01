using Pixyer.Domain.Common;

namespace Pixyer.Domain.ModelFeedback;

public readonly record struct ModelFeedbackEntryId(Guid Value) : IEntityId
{
    public static ModelFeedbackEntryId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
