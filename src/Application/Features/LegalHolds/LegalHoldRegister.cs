using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.LegalHolds;

public sealed class LegalHoldRegister(IAppDbContext db) : ILegalHolds
{
    public IQueryable<AccountId> HeldSubjects => db.LegalHolds.Where(h => h.LiftedAt == null).Select(h => h.SubjectId);

    public Task<bool> IsOnHoldAsync(AccountId subject, CancellationToken cancellationToken) =>
        db.LegalHolds.AnyAsync(h => h.SubjectId == subject && h.LiftedAt == null, cancellationToken);
}
