namespace Pixyer.Application.Common.Exceptions;

public sealed class ForbiddenException(string detail = "Your account is not allowed to do this.")
    : ProblemException(403, "forbidden", "Forbidden", detail);
