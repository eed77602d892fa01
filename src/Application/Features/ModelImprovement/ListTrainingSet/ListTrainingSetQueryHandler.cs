using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.ModelImprovement.ListTrainingSet;

public sealed class ListTrainingSetQueryHandler(IAppDbContext db, ConsentLedger ledger) : IQueryHandler<ListTrainingSetQuery, Paged<TrainingSetItem>>
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
    /// Active accounts whose current model_improvement consent, as the ledger reads it, is a grant: never cached, a
    /// subquery of the listing's own SQL statement.
    /// </summary>
    private IQueryable<AccountId> ConsentingOwners()
    {
        var granted = ledger.AccountsGranting(ConsentPurpose.ModelImprovement);
        return db.Accounts.Where(a => a.Status == AccountStatus.Active && granted.Contains(a.Id)).Select(a => a.Id);
    }
}
