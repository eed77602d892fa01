namespace Pixyer.Application.Common.Exceptions;

/// <summary>The period's included generations are used up (402): subscribe, or wait for the next period.</summary>
public sealed class QuotaExceededException(int included, DateTimeOffset renewsAt)
    : ProblemException(
        402,
        "quota-exceeded",
        "Quota exceeded",
        $"All {included} generations of this period are used; more come on {renewsAt:yyyy-MM-dd}, or with a plan that includes more.")
{
    public override IReadOnlyDictionary<string, object?> Extensions { get; } =
        new Dictionary<string, object?> { ["included"] = included, ["renewsAt"] = renewsAt };
}
