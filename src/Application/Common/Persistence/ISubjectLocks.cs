namespace Pixyer.Application.Common.Persistence;

/// <summary>
/// Serializes changes to one subject's records within the open transaction: a second writer waits until the first
/// commits, so the order of their rows is the order of their commits.
/// </summary>
public interface ISubjectLocks
{
    Task LockAsync(string scope, Guid subject, CancellationToken cancellationToken);
}
