using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports.RenewExportLease;

public sealed class RenewExportLeaseCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RenewExportLeaseCommand, bool>
{
    public async ValueTask<bool> Handle(RenewExportLeaseCommand command, CancellationToken cancellationToken)
    {
        var export = await db.DataExports.SingleOrDefaultAsync(e => e.Id == new DataExportId(command.ExportId), cancellationToken);
        if (export?.IsHeldBy(command.Attempt) != true)
        {
            return false;
        }

        export.RenewLease(clock.GetUtcNow(), command.Lease);
        return true;
    }
}
