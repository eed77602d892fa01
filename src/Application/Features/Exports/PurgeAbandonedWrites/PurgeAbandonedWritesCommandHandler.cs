using Mediator;
using Pixyer.Application.Common.Files;

namespace Pixyer.Application.Features.Exports.PurgeAbandonedWrites;

public sealed class PurgeAbandonedWritesCommandHandler(IFileStore files, TimeProvider clock)
    : ICommandHandler<PurgeAbandonedWritesCommand, int>
{
    public async ValueTask<int> Handle(PurgeAbandonedWritesCommand command, CancellationToken cancellationToken) =>
        await files.DeleteAbandonedWritesAsync(clock.GetUtcNow() - command.Lease, cancellationToken);
}
