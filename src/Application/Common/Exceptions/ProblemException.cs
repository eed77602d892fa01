namespace Pixyer.Application.Common.Exceptions;

/// <summary>
/// A failure that is the client's to fix, answered with an RFC 7807 problem of a stable <see cref="ProblemType"/>.
/// The message is shown to the client, so it never quotes a personal value.
/// </summary>
public abstract class ProblemException(int status, string problemType, string title, string detail, Exception? innerException = null)
    : Exception(detail, innerException)
{
    public int Status { get; } = status;

    public string ProblemType { get; } = problemType;

    public string Title { get; } = title;

    /// <summary>Extra members of the problem (e.g. the <c>purpose</c> a consent refusal names).</summary>
    public virtual IReadOnlyDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}
