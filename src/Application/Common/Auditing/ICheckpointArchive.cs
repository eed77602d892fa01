using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Common.Auditing;

/// <summary>Where checkpoints are kept outside the database, so that the database alone cannot rewrite the log's past.</summary>
public interface ICheckpointArchive
{
    Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken);

    /// <summary>Every checkpoint held, oldest first; a line that is not a checkpoint is skipped and logged.</summary>
    Task<IReadOnlyList<AuditCheckpoint>> ReadAllAsync(CancellationToken cancellationToken);
}
