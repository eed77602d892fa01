using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.BusinessTransfers;

namespace Pixyer.Application.Features.BusinessTransfers;

internal static class BusinessTransferProgressQuery
{
    /// <summary>The progress of each of <paramref name="transfers"/>, counted from their subjects in one query.</summary>
    public static async Task<IReadOnlyList<BusinessTransferDto>> WithProgressAsync(
        this IAppDbContext db, IReadOnlyList<BusinessTransfer> transfers, CancellationToken cancellationToken)
    {
        var ids = transfers.Select(t => t.Id).ToList();
        var progress = await db.BusinessTransferSubjects.AsNoTracking()
            .Where(s => ids.Contains(s.TransferId))
            .GroupBy(s => s.TransferId)
            .Select(g => new
            {
                Id = g.Key,
                Mailed = g.Count(s => s.NoticeId != null),
                Unreachable = g.Count(s => s.NotifiedAt != null && s.NoticeId == null),
                TookEffect = g.Count(s => s.TookEffectAt != null),
            })
            .ToDictionaryAsync(p => p.Id, p => new BusinessTransferProgress(p.Mailed, p.Unreachable, p.TookEffect), cancellationToken);
        return transfers.Select(t => BusinessTransferDto.Of(t, progress.GetValueOrDefault(t.Id, BusinessTransferProgress.None))).ToList();
    }
}
