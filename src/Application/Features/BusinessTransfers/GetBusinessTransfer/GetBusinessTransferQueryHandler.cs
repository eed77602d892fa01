using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.BusinessTransfers;

namespace Pixyer.Application.Features.BusinessTransfers.GetBusinessTransfer;

public sealed class GetBusinessTransferQueryHandler(IAppDbContext db) : IQueryHandler<GetBusinessTransferQuery, BusinessTransferDto>
{
    public async ValueTask<BusinessTransferDto> Handle(GetBusinessTransferQuery query, CancellationToken cancellationToken)
    {
        var transfer = await db.BusinessTransfers.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == new BusinessTransferId(query.Id), cancellationToken)
            ?? throw new NotFoundException("business transfer");
        return (await db.WithProgressAsync([transfer], cancellationToken))[0];
    }
}
