namespace Pixyer.Application.Common.Exceptions;

/// <summary>The account's email address is not verified yet, and this needs a verified one.</summary>
public sealed class EmailVerificationRequiredException()
    : ProblemException(
        403,
        "email-verification-required",
        "Email verification required",
        "Verify your email address first: follow the link in the mail we sent when you registered.");
