using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Security;

/// <summary>
/// Counts failed logins per account and per client. A failure is recorded after the failed login's transaction has
/// rolled back, in a short transaction of its own: the login rolls back, the count of it must not, and it must not
/// wait on the lock the login holds (SQLite has one writer).
/// </summary>
public interface ILoginThrottle
{
    /// <summary>How long the caller must wait, or null when it may try.</summary>
    Task<TimeSpan?> RetryAfterAsync(AccountId? accountId, string clientKey, CancellationToken cancellationToken);

    /// <summary>Records the failure once the command that failed has rolled back.</summary>
    void RecordFailureWhenRolledBack(AccountId? accountId, string clientKey);
}
