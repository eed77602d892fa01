using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Deidentification;

namespace Pixyer.Application.Features.DeidentifiedExports.PrepareDatasetStorage;

public sealed class PrepareDatasetStorageCommandHandler(IAppDbContext db, FileKeyIssuer keys) : ICommandHandler<PrepareDatasetStorageCommand>
{
    public async ValueTask<Unit> Handle(PrepareDatasetStorageCommand command, CancellationToken cancellationToken)
    {
        if (!await db.FileKeys.AnyAsync(k => k.SubjectId == DeidentifiedExport.FileOwner, cancellationToken))
        {
            keys.IssueFor(DeidentifiedExport.FileOwner);
        }

        return Unit.Value;
    }
}
