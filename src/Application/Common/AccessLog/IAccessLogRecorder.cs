namespace Pixyer.Application.Common.AccessLog;

/// <summary>
/// Writes the access log (obligation C9). Not a command: it runs for every request of a signed-in subject and
/// writes outside any command's transaction, so that a request that fails and rolls back is still logged.
/// </summary>
public interface IAccessLogRecorder
{
    Task RecordAsync(AccessRecord record, CancellationToken cancellationToken);
}
