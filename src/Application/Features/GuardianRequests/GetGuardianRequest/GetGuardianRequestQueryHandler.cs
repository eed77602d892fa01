using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests.GetGuardianRequest;

public sealed class GetGuardianRequestQueryHandler(IAppDbContext db) : IQueryHandler<GetGuardianRequestQuery, GuardianRequestDto>
{
    public async ValueTask<GuardianRequestDto> Handle(GetGuardianRequestQuery query, CancellationToken cancellationToken)
    {
        var request = await db.GuardianRequests.AsNoTracking().FirstOrDefaultAsync(g => g.Id == new GuardianRequestId(query.Id), cancellationToken)
                      ?? throw new NotFoundException("guardian request");
        var dueAt = await db.RightsRequests.Where(r => r.Id == RightsRequestId.Tracking(request.Id)).Select(r => (DateTimeOffset?)r.DueAt).FirstOrDefaultAsync(cancellationToken);
        return GuardianRequestDto.Of(request, dueAt, await db.MatchAsync(request, cancellationToken));
    }
}
