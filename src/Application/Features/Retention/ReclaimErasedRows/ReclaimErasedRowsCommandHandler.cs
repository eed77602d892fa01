using Mediator;
using Pixyer.Application.Common.PersonalData;

namespace Pixyer.Application.Features.Retention.ReclaimErasedRows;

public sealed class ReclaimErasedRowsCommandHandler(SubjectErasure erasure) : ICommandHandler<ReclaimErasedRowsCommand, bool>
{
    public async ValueTask<bool> Handle(ReclaimErasedRowsCommand command, CancellationToken cancellationToken) =>
        await erasure.ReclaimAsync(cancellationToken);
}
