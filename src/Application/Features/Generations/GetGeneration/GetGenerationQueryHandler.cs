using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Generation;

namespace Pixyer.Application.Features.Generations.GetGeneration;

public sealed class GetGenerationQueryHandler(IAppDbContext db, ICurrentActor actor) : IQueryHandler<GetGenerationQuery, GenerationState>
{
    public async ValueTask<GenerationState> Handle(GetGenerationQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var job = await db.GenerationJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == new GenerationJobId(query.Id) && j.OwnerId == owner, cancellationToken)
                  ?? throw new NotFoundException("generation");
        var assets = await db.Assets.AsNoTracking()
            .Where(a => a.GenerationJobId == job.Id)
            .Select(a => new { a.Id, a.Format })
            .ToListAsync(cancellationToken);
        var formats = job.Formats.ToList();
        return new GenerationState(
            job.Id.Value,
            job.UploadId?.Value,
            job.Template,
            formats,
            job.Headline,
            WireNames.Of(job.Status),
            job.Progress,
            job.FailureReason,
            assets.OrderBy(a => formats.IndexOf(a.Format)).Select(a => a.Id.Value).ToList(),
            job.CreatedAt,
            job.CompletedAt);
    }
}
