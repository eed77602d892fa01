using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Security;

/// <summary>
/// Counts failed logins per account and per client. Failures are recorded outside the command's transaction,
/// on purpose: the failed login rolls back, the count of it must not.
/// </summary>
public interface ILoginThrottle
{
    /// <summary>How long the caller must wait, or null when it may try.</summary>
    Task<TimeSpan?> RetryAfterAsync(AccountId? accountId, string clientKey, CancellationToken cancellationToken);

    Task RecordFailureAsync(AccountId? accountId, string clientKey, CancellationToken cancellationToken);
}
