using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.LegalHolds;

/// <summary>
/// Whether a subject is on legal hold (G6), for erasure and retention anonymization: a held subject's data is
/// neither erased nor anonymized, whatever else is due.
/// </summary>
public interface ILegalHolds
{
    Task<bool> IsOnHoldAsync(AccountId subject, CancellationToken cancellationToken);

    /// <summary>The accounts of <paramref name="accounts"/> not on hold, as a NOT EXISTS in the same statement (batch jobs).</summary>
    IQueryable<Account> ExceptHeld(IQueryable<Account> accounts);
}
