using Pixyer.Domain.Common;

namespace Pixyer.Domain.Surveys;

public readonly record struct SurveyAnswerId(Guid Value) : IEntityId
{
    public static SurveyAnswerId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
