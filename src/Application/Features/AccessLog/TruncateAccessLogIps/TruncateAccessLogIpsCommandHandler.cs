using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.AccessLog;

namespace Pixyer.Application.Features.AccessLog.TruncateAccessLogIps;

public sealed class TruncateAccessLogIpsCommandHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<TruncateAccessLogIpsCommand, int>
{
    public async ValueTask<int> Handle(TruncateAccessLogIpsCommand command, CancellationToken cancellationToken)
    {
        // Loaded and truncated in C#: the cut is the domain's own function, which SQL cannot call.
        var due = await db.AccessLog
            .Where(AccessLogEntry.DueForTruncationAt(clock.GetUtcNow()))
            .OrderBy(e => e.OccurredAt)
            .Take(TruncateAccessLogIpsCommand.BatchSize)
            .ToListAsync(cancellationToken);
        due.ForEach(e => e.TruncateIp());
        return due.Count;
    }
}
