using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.LegalHolds.ListLegalHolds;

public sealed class ListLegalHoldsQueryHandler(IAppDbContext db) : IQueryHandler<ListLegalHoldsQuery, IReadOnlyList<LegalHoldDto>>
{
    public async ValueTask<IReadOnlyList<LegalHoldDto>> Handle(ListLegalHoldsQuery query, CancellationToken cancellationToken)
    {
        var subject = new AccountId(query.SubjectId);
        if (!await db.Accounts.AnyAsync(a => a.Id == subject, cancellationToken))
        {
            throw new NotFoundException("account");
        }

        return await db.LegalHolds.AsNoTracking()
            .Where(h => h.SubjectId == subject)
            .OrderByDescending(h => h.PlacedAt)
            .Select(LegalHoldDto.Projection)
            .ToListAsync(cancellationToken);
    }
}
