using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Uploads.ListMyUploads;

public sealed class ListMyUploadsQueryHandler(IAppDbContext db, ICurrentActor actor)
    : IQueryHandler<ListMyUploadsQuery, Paged<UploadSummary>>
{
    public async ValueTask<Paged<UploadSummary>> Handle(ListMyUploadsQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        return await db.Uploads.AsNoTracking()
            .Where(u => u.OwnerId == owner)
            .OrderByDescending(u => u.UploadedAt)
            .ThenByDescending(u => u.Id)
            .Select(UploadSummary.FromUpload)
            .ToPageAsync(query.Page, cancellationToken);
    }
}
