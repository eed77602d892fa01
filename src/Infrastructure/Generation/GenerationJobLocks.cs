using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Generation;
using Pixyer.Domain.Generation;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Generation;

internal sealed class GenerationJobLocks(PixyerDbContext db) : IGenerationJobLocks
{
    public async Task<GenerationJob?> NextDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            // GenerationJob.DueAt in SQL. A job another worker is claiming or stepping is skipped, not waited for.
            var due = await db.GenerationJobs
                .FromSql($"""
                          SELECT * FROM generation_jobs
                          WHERE status IN ('Queued', 'Running') AND available_at <= {now}
                          ORDER BY available_at
                          LIMIT 1
                          FOR UPDATE SKIP LOCKED
                          """)
                .ToListAsync(cancellationToken);
            return due.SingleOrDefault();
        }

        // SQLite serializes writers in the unit of work: one claim at a time.
        return await db.GenerationJobs.Where(GenerationJob.DueAt(now)).OrderBy(j => j.AvailableAt).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<GenerationJob?> LockAsync(Guid jobId, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            var locked = await db.GenerationJobs
                .FromSql($"SELECT * FROM generation_jobs WHERE id = {jobId} FOR UPDATE")
                .ToListAsync(cancellationToken);
            return locked.SingleOrDefault();
        }

        return await db.GenerationJobs.SingleOrDefaultAsync(j => j.Id == new GenerationJobId(jobId), cancellationToken);
    }
}
