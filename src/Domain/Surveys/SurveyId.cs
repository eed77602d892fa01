using Pixyer.Domain.Common;

namespace Pixyer.Domain.Surveys;

public readonly record struct SurveyId(Guid Value) : IEntityId
{
    public static SurveyId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
