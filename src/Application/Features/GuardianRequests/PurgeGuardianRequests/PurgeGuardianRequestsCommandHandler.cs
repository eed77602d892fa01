using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests.PurgeGuardianRequests;

public sealed class PurgeGuardianRequestsCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<PurgeGuardianRequestsCommand, int>
{
    public async ValueTask<int> Handle(PurgeGuardianRequestsCommand command, CancellationToken cancellationToken)
    {
        var decidedBefore = clock.GetUtcNow() - GuardianRequest.RetentionPeriod;
        return await db.GuardianRequests.Where(g => g.DecidedAt < decidedBefore).ExecuteDeleteAsync(cancellationToken);
    }
}
