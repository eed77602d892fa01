namespace Pixyer.Application.Common.Exceptions;

public sealed class ConflictException(string detail) : ProblemException(409, "conflict", "Conflict", detail);
