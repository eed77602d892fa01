using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Generation;

namespace Pixyer.Application.Features.Generations.AnyGenerationDue;

public sealed class AnyGenerationDueQueryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<AnyGenerationDueQuery, bool>
{
    public async ValueTask<bool> Handle(AnyGenerationDueQuery query, CancellationToken cancellationToken) =>
        await db.GenerationJobs.AnyAsync(GenerationJob.DueAt(clock.GetUtcNow()), cancellationToken);
}
