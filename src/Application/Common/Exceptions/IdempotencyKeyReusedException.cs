namespace Pixyer.Application.Common.Exceptions;

public sealed class IdempotencyKeyReusedException()
    : ProblemException(
        422,
        "idempotency-key-reused",
        "Idempotency key reused",
        "This Idempotency-Key was already used with a different request.");
