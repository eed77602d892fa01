namespace Pixyer.Application.Common.Exceptions;

/// <summary>A well-formed request the current state does not allow (422), with its own problem type.</summary>
public sealed class RequestRefusedException(string problemType, string detail)
    : ProblemException(422, problemType, "Request refused", detail);
