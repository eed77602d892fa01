namespace Pixyer.Application.Common.Exceptions;

public sealed class UnauthenticatedException(string detail = "Sign in to do this.")
    : ProblemException(401, "unauthenticated", "Unauthenticated", detail);
