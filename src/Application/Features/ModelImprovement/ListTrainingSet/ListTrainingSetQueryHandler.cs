using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.ModelImprovement.ListTrainingSet;

public sealed class ListTrainingSetQueryHandler(IAppDbContext db, ConsentLedger ledger) : IQueryHandler<ListTrainingSetQuery, Paged<TrainingSetItem>>
{
    public async ValueTask<Paged<TrainingSetItem>> Handle(ListTrainingSetQuery query, CancellationToken cancellationToken)
    {
        var owners = ledger.ActiveAccountsGranting(ConsentPurpose.ModelImprovement);
        var uploads = db.Uploads.AsNoTracking().Where(u => owners.Contains(u.OwnerId));
        var assets = db.Assets.AsNoTracking().Where(a => owners.Contains(a.OwnerId));

        // Uploads and assets have ids of different types, so SQL cannot union them: the page is merged from the newest
        // rows of each, read up to the end of the page.
        var window = query.Page.Skip + query.Page.PageSize;
        var newestUploads = await uploads
            .OrderByDescending(u => u.UploadedAt)
            .ThenBy(u => u.Id)
            .Take(window)
            .Select(u => new TrainingSetItem(TrainingSetItem.UploadKind, u.Id.Value, u.OwnerId.Value, u.ContentType, u.Width, u.Height, u.UploadedAt))
            .ToListAsync(cancellationToken);
        var newestAssets = await assets
            .OrderByDescending(a => a.CreatedAt)
            .ThenBy(a => a.Id)
            .Take(window)
            .Select(a => new TrainingSetItem(TrainingSetItem.AssetKind, a.Id.Value, a.OwnerId.Value, a.ContentType, a.Width, a.Height, a.CreatedAt))
            .ToListAsync(cancellationToken);
        // Guid.CompareTo follows the id's hex digits, as both databases order ids (uuid bytes; SQLite's text), so a tie
        // is broken here as SQL broke it when it chose the rows.
        var items = newestUploads.Concat(newestAssets)
            .OrderByDescending(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .Skip(query.Page.Skip)
            .Take(query.Page.PageSize)
            .ToList();
        var total = await uploads.CountAsync(cancellationToken) + await assets.CountAsync(cancellationToken);
        return new Paged<TrainingSetItem>(items, query.Page.Page, query.Page.PageSize, total);
    }
}
