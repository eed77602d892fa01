using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Policies;

/// <summary>What an account still has to accept (obligation V1): what the policy acceptance behavior asks.</summary>
public interface IPolicyAcceptanceCheck
{
    /// <summary>
    /// The latest effective significant version the account has not accepted (nor any version effective after
    /// it), or null when there is none.
    /// </summary>
    Task<string?> PendingSignificantVersionAsync(AccountId accountId, CancellationToken cancellationToken);
}
