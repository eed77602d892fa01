namespace Pixyer.Application.Common.Exceptions;

public sealed class TooManyRequestsException(TimeSpan retryAfter)
    : ProblemException(429, "too-many-requests", "Too many requests", "Too many attempts; try again later.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
