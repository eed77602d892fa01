using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.LegalHolds;

public sealed class LegalHoldRegister(IAppDbContext db) : ILegalHolds
{
    public Task<bool> IsOnHoldAsync(AccountId subject, CancellationToken cancellationToken) =>
        db.LegalHolds.AnyAsync(h => h.SubjectId == subject && h.LiftedAt == null, cancellationToken);

    public IQueryable<Account> ExceptHeld(IQueryable<Account> accounts) =>
        accounts.Where(a => !db.LegalHolds.Any(h => h.SubjectId == a.Id && h.LiftedAt == null));
}
