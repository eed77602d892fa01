using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Disclosures;

/// <summary>One subject's disclosures, newest first: what the subject and the staff listings both read.</summary>
public static class DisclosureHistory
{
    public static async Task<Paged<DisclosureDto>> PageAsync(
        IAppDbContext db, AccountId subject, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await db.Disclosures.AsNoTracking()
            .Where(d => d.SubjectId == subject)
            .WithRecipients(db.Recipients)
            .OrderByDescending(d => d.DisclosedAt)
            .ThenByDescending(d => d.Id)
            .ToPageAsync(page, cancellationToken);
        return rows.Map(r => r.ToDto());
    }
}
