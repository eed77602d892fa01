using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.ModelImprovement.ListTrainingSet;

public sealed class ListTrainingSetQueryHandler(IAppDbContext db) : IQueryHandler<ListTrainingSetQuery, Paged<TrainingSetItem>>
{
    public async ValueTask<Paged<TrainingSetItem>> Handle(ListTrainingSetQuery query, CancellationToken cancellationToken)
    {
        var owners = ConsentingOwners();
        var uploads = db.Uploads.AsNoTracking()
            .Where(u => owners.Contains(u.OwnerId))
            .Select(u => new { Kind = "upload", u.Id, u.OwnerId, u.ContentType, u.Width, u.Height, CreatedAt = u.UploadedAt });
        var assets = db.Assets.AsNoTracking()
            .Where(a => owners.Contains(a.OwnerId))
            .Select(a => new { Kind = "asset", a.Id, a.OwnerId, a.ContentType, a.Width, a.Height, a.CreatedAt });

        var page = await uploads.Concat(assets)
            .OrderByDescending(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(i => new TrainingSetItem(i.Kind, i.Id, i.OwnerId.Value, i.ContentType, i.Width, i.Height, i.CreatedAt));
    }

    /// <summary>
    /// Active accounts whose latest model_improvement event is a grant: the ledger's current state, never cached, read
    /// as a subquery of the listing's own SQL statement (one pass over the model_improvement events, not one query per
    /// owner).
    /// </summary>
    private IQueryable<AccountId> ConsentingOwners()
    {
        var latest = db.ConsentEvents
            .Where(e => e.SubjectId != null && e.Purpose == ConsentPurpose.ModelImprovement)
            .GroupBy(e => e.SubjectId)
            .Select(g => g.Max(e => e.Id));
        var granted = db.ConsentEvents.Where(e => latest.Contains(e.Id) && e.Granted).Select(e => e.SubjectId);
        return db.Accounts.Where(a => a.Status == AccountStatus.Active && granted.Contains(a.Id)).Select(a => a.Id);
    }
}
