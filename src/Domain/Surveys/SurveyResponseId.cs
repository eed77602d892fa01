using Pixyer.Domain.Common;

namespace Pixyer.Domain.Surveys;

public readonly record struct SurveyResponseId(Guid Value) : IEntityId
{
    public static SurveyResponseId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
