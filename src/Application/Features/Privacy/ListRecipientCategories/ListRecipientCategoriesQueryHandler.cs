using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Privacy.ListRecipientCategories;

public sealed class ListRecipientCategoriesQueryHandler(IAppDbContext db, IOptions<PrivacyControllerOptions> controller)
    : IQueryHandler<ListRecipientCategoriesQuery, RecipientCategoryList>
{
    public async ValueTask<RecipientCategoryList> Handle(ListRecipientCategoriesQuery query, CancellationToken cancellationToken)
    {
        var storage = controller.Value;
        var recipients = (await db.Recipients.AsNoTracking()
                .Where(r => r.Active)
                .OrderBy(r => r.Name)
                .Select(r => new { r.Category, r.Name, r.Country, r.SecurityAssessedOn, r.TransferMechanism })
                .ToListAsync(cancellationToken))
            .ToLookup(
                r => r.Category,
                r => new RecipientSummary(
                    r.Name,
                    r.Country,
                    r.SecurityAssessedOn,
                    storage.IsCrossBorder(r.Country) ? r.TransferMechanism : null));
        var items = RecipientCategories.All
            .Select(c => new RecipientCategoryInfo(
                WireNames.Of(c.Category),
                c.Description,
                c.RequiresConsent,
                c.ConsentPurpose is { } purpose ? ConsentPurposes.NameOf(purpose) : null,
                recipients[c.Category].ToList()))
            .ToList();
        return new RecipientCategoryList(items, items.Count);
    }
}
