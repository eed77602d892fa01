namespace Pixyer.Domain.Common;

/// <summary>A business rule an aggregate checks before it changes.</summary>
public interface IBusinessRule
{
    /// <summary>Stable problem-type slug, e.g. <c>age-requirement</c>.</summary>
    string ProblemType { get; }

    string Message { get; }

    bool IsBroken();
}
