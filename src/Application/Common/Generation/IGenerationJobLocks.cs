using Pixyer.Domain.Generation;

namespace Pixyer.Application.Common.Generation;

/// <summary>
/// Row locks on generation jobs inside the open transaction. On PostgreSQL a claim skips the jobs other
/// transactions hold (<c>FOR UPDATE SKIP LOCKED</c>), so two workers never claim the same job; SQLite has one
/// writer at a time, so plain reads do.
/// </summary>
public interface IGenerationJobLocks
{
    /// <summary>The due job that became available first and that no other transaction holds, locked until this one ends.</summary>
    Task<GenerationJob?> NextDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The job, locked until this transaction ends, so that a claim and a worker's step never interleave.</summary>
    Task<GenerationJob?> LockAsync(Guid jobId, CancellationToken cancellationToken);
}
