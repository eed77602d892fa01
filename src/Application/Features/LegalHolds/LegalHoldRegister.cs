using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.LegalHolds;

public sealed class LegalHoldRegister(IAppDbContext db) : ILegalHolds
{
    public Task<bool> IsOnHoldAsync(AccountId subject, CancellationToken cancellationToken) =>
        db.LegalHolds.AnyAsync(h => h.SubjectId == subject && h.LiftedAt == null, cancellationToken);
}
