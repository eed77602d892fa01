using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Disclosures;

/// <summary>
/// One subject's disclosures, newest first: what the subject and the staff listings both read. The subject's own
/// listing leaves out what a legal decision keeps from them (E1); staff see every row.
/// </summary>
public static class DisclosureHistory
{
    public static async Task<Paged<DisclosureDto>> PageAsync(
        IAppDbContext db, AccountId subject, bool includeWithheld, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await db.Disclosures.AsNoTracking()
            .Where(d => d.SubjectId == subject && (includeWithheld || !d.WithheldFromSubject))
            .WithRecipients(db.Recipients)
            .OrderByDescending(d => d.DisclosedAt)
            .ThenByDescending(d => d.Id)
            .ToPageAsync(page, cancellationToken);
        return rows.Map(r => r.ToDto());
    }
}
