using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.LegalHolds;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Accounts.PurgeUnverifiedRegistrations;

/// <summary>
/// No race with a late verification: a verification token lives 24 hours, so an account unverified after seven
/// days can no longer be verified; its owner registers again.
/// </summary>
public sealed class PurgeUnverifiedRegistrationsCommandHandler(IAppDbContext db, ILegalHolds holds, SubjectErasure erasure, TimeProvider clock)
    : ICommandHandler<PurgeUnverifiedRegistrationsCommand, int>
{
    public async ValueTask<int> Handle(PurgeUnverifiedRegistrationsCommand command, CancellationToken cancellationToken)
    {
        var registeredBefore = clock.GetUtcNow() - PurgeUnverifiedRegistrationsCommand.UnverifiedLifetime;
        var due = await holds.ExceptHeld(db.Accounts.AsNoTracking())
            .Where(a => a.EmailVerifiedAt == null && a.CreatedAt <= registeredBefore)
            .OrderBy(a => a.CreatedAt)
            .Take(PurgeUnverifiedRegistrationsCommand.BatchSize)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        if (due.Count > 0)
        {
            await erasure.EraseAsync(due, ErasureReason.UnverifiedSignup, cancellationToken);
        }

        return due.Count;
    }
}
