namespace Pixyer.Application.Common.Exceptions;

/// <summary>Obligation A1: selling needs a verified e-mail address and a date of birth that makes the holder an adult today.</summary>
public sealed class AgeVerificationRequiredException()
    : ProblemException(
        403,
        "age-verification-required",
        "Age verification required",
        "Subscriptions are sold to verified adults only: verify your e-mail address; your date of birth must make you 18 or over.");
