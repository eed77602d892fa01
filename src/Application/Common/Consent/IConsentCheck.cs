using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Consent;

/// <summary>
/// Whether a subject's consent to a purpose stands now: what the consent behavior asks. The ledger answers it by
/// reading its latest event; nothing in production caches the answer across requests (see bench/README.md).
/// </summary>
public interface IConsentCheck
{
    Task<bool> IsGrantedAsync(ConsentSubject subject, ConsentPurpose purpose, CancellationToken cancellationToken);
}
