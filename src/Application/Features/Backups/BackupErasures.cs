using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Backups;

internal static class BackupErasures
{
    /// <summary>The subjects the ledger records as erased after <paramref name="replayFrom"/>: those a backup still holds.</summary>
    public static Task<int> CountAsync(IAppDbContext db, DateTimeOffset replayFrom, CancellationToken cancellationToken) =>
        db.ErasureLedger.Where(e => e.ErasedAt > replayFrom).Select(e => e.SubjectId).Distinct().CountAsync(cancellationToken);
}
