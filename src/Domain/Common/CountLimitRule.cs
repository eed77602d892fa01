namespace Pixyer.Domain.Common;

/// <summary>
/// A list an aggregate grows with use holds at most <paramref name="max"/> entries, so that no one can make it
/// (or the answer that carries it) grow without end: the one after the last allowed is refused and nothing is stored.
/// </summary>
public sealed class CountLimitRule(string problemType, string message, int count, int max) : IBusinessRule
{
    public string ProblemType => problemType;

    public string Message => message;

    public bool IsBroken() => count >= max;
}
