using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests.GetLegalRequest;

public sealed class GetLegalRequestQueryHandler(IAppDbContext db) : IQueryHandler<GetLegalRequestQuery, LegalRequestDto>
{
    public async ValueTask<LegalRequestDto> Handle(GetLegalRequestQuery query, CancellationToken cancellationToken)
    {
        var request = await db.LegalRequests.AsNoTracking().Include(r => r.Subjects)
                          .FirstOrDefaultAsync(r => r.Id == new LegalRequestId(query.Id), cancellationToken)
                      ?? throw new NotFoundException("legal request");
        return LegalRequestDto.Of(request);
    }
}
