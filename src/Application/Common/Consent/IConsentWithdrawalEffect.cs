using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Consent;

/// <summary>
/// What stops when a person withdraws one purpose (G4): the ledger runs every effect registered for the purpose in
/// the same transaction as the withdrawal, so the data or work the consent covered is gone when the request answers.
/// Implementations are found by assembly scan; one per purpose and feature.
/// </summary>
public interface IConsentWithdrawalEffect
{
    ConsentPurpose Purpose { get; }

    Task ApplyAsync(AccountId account, DateTimeOffset withdrawnAt, CancellationToken cancellationToken);
}
