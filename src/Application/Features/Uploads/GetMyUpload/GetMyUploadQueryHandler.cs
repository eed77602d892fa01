using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Uploads;

namespace Pixyer.Application.Features.Uploads.GetMyUpload;

public sealed class GetMyUploadQueryHandler(IAppDbContext db, ICurrentActor actor) : IQueryHandler<GetMyUploadQuery, UploadSummary>
{
    public async ValueTask<UploadSummary> Handle(GetMyUploadQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        return await db.Uploads.AsNoTracking()
                   .Where(u => u.Id == new UploadId(query.Id) && u.OwnerId == owner)
                   .Select(UploadSummary.FromUpload)
                   .FirstOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("upload");
    }
}
