using Pixyer.Domain.Common;

namespace Pixyer.Domain.Surveys;

public readonly record struct SurveyQuestionId(Guid Value) : IEntityId
{
    public static SurveyQuestionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
