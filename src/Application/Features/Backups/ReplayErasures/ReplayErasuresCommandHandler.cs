using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Backups;

namespace Pixyer.Application.Features.Backups.ReplayErasures;

/// <summary>
/// Legal holds are not consulted: every subject replayed was erased already, lawfully, and the restore must not
/// bring any of them back. Erasing again records nothing new in the ledger.
/// </summary>
public sealed class ReplayErasuresCommandHandler(IAppDbContext db, SubjectErasure erasure, TimeProvider clock)
    : ICommandHandler<ReplayErasuresCommand, ReplayBatch>
{
    public async ValueTask<ReplayBatch> Handle(ReplayErasuresCommand command, CancellationToken cancellationToken)
    {
        var backup = await db.Backups.FirstOrDefaultAsync(b => b.Id == new BackupId(command.BackupId), cancellationToken)
            ?? throw new NotFoundException("backup");
        if (backup.RestoredAt is null)
        {
            throw new ConflictException("The backup has not been restored; there is nothing to replay.");
        }

        var entries = await db.ErasureLedger.AsNoTracking()
            .Where(e => e.ErasedAt > backup.ReplayFrom && e.Id > backup.ReplayedThrough)
            .OrderBy(e => e.Id)
            .Take(ReplayErasuresCommand.BatchSize)
            .Select(e => new { e.Id, e.SubjectId })
            .ToListAsync(cancellationToken);
        var subjects = entries.Select(e => e.SubjectId).Distinct().ToList();
        if (subjects.Count > 0)
        {
            await erasure.EraseAgainAsync(subjects, cancellationToken);
            backup.ReplayedUpTo(entries[^1].Id);
        }

        var done = entries.Count < ReplayErasuresCommand.BatchSize;
        if (done)
        {
            backup.CompleteReplay(clock.GetUtcNow());
        }

        return new ReplayBatch(subjects.Count, done);
    }
}
