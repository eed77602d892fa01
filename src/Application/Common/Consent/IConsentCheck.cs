using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Consent;

/// <summary>
/// Whether a subject's consent to a purpose stands now: what the consent behavior asks. The ledger answers it by
/// reading its latest event; nothing in production caches the answer across requests (see bench/README.md).
/// </summary>
public interface IConsentCheck
{
    Task<bool> IsGrantedAsync(ConsentSubject subject, ConsentPurpose purpose, CancellationToken cancellationToken);

    /// <summary>Whether the account's consent to <paramref name="purpose"/> for the one item <paramref name="scope"/> stands now.</summary>
    Task<bool> IsGrantedForItemAsync(AccountId account, ConsentPurpose purpose, string scope, CancellationToken cancellationToken);
}
