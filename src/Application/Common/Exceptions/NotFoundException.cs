namespace Pixyer.Application.Common.Exceptions;

/// <summary>The resource does not exist, or it is another person's (owners' ids are never confirmed).</summary>
public sealed class NotFoundException(string resource)
    : ProblemException(404, "not-found", "Not found", $"The {resource} was not found.");
