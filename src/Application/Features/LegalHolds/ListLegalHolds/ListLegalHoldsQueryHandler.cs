using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.LegalHolds.ListLegalHolds;

public sealed class ListLegalHoldsQueryHandler(IAppDbContext db) : IQueryHandler<ListLegalHoldsQuery, Paged<LegalHoldDto>>
{
    public async ValueTask<Paged<LegalHoldDto>> Handle(ListLegalHoldsQuery query, CancellationToken cancellationToken)
    {
        var subject = new AccountId(query.SubjectId);
        if (!await db.Accounts.AnyAsync(a => a.Id == subject, cancellationToken))
        {
            throw new NotFoundException("account");
        }

        return await db.LegalHolds.AsNoTracking()
            .Where(h => h.SubjectId == subject)
            .OrderByDescending(h => h.PlacedAt)
            .ThenByDescending(h => h.Id)
            .Select(LegalHoldDto.Projection)
            .ToPageAsync(query.Page, cancellationToken);
    }
}
