using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports.PurgeExpiredExports;

public sealed class PurgeExpiredExportsCommandHandler(IAppDbContext db, IFileStore files, CommitHooks hooks, TimeProvider clock)
    : ICommandHandler<PurgeExpiredExportsCommand, int>
{
    public async ValueTask<int> Handle(PurgeExpiredExportsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = await db.DataExports
            .Where(e => e.Status == ExportStatus.Ready && e.ExpiresAt <= now)
            .OrderBy(e => e.ExpiresAt)
            .Take(PurgeExpiredExportsCommand.BatchSize)
            .ToListAsync(cancellationToken);
        var keys = expired.Select(e => e.Expire()).OfType<string>().ToArray();
        hooks.DeleteWhenCommitted(files, keys);
        return expired.Count;
    }
}
