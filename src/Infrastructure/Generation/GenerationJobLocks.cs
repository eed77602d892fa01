using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Generation;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Generation;

internal sealed class GenerationJobLocks(PixyerDbContext db) : IGenerationJobLocks
{
    // A job another worker is claiming or stepping is skipped, not waited for.
    public Task<GenerationJob?> NextDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.GenerationJobs.Where(GenerationJob.DueAt(now)).OrderBy(j => j.AvailableAt).ForUpdateSkipLocked().FirstOrDefaultAsync(cancellationToken);

    public Task<GenerationJob?> LockAsync(Guid jobId, CancellationToken cancellationToken) =>
        db.GenerationJobs.Where(j => j.Id == new GenerationJobId(jobId)).ForUpdate().SingleOrDefaultAsync(cancellationToken);
}
