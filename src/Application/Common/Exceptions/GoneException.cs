namespace Pixyer.Application.Common.Exceptions;

/// <summary>A resource that existed and is gone for good (410), with its own problem type.</summary>
public sealed class GoneException(string problemType, string detail) : ProblemException(410, problemType, "Gone", detail);
