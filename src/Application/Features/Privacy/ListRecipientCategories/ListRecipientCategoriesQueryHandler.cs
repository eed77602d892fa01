using Pixyer.Application.Common;
using Mediator;
using Pixyer.Application.Common.Consent;

namespace Pixyer.Application.Features.Privacy.ListRecipientCategories;

public sealed class ListRecipientCategoriesQueryHandler : IQueryHandler<ListRecipientCategoriesQuery, RecipientCategoryList>
{
    public ValueTask<RecipientCategoryList> Handle(ListRecipientCategoriesQuery query, CancellationToken cancellationToken)
    {
        var items = RecipientCategories.All
            .Select(c => new RecipientCategoryInfo(
                WireNames.Of(c.Category),
                c.Description,
                c.RequiresConsent,
                c.ConsentPurpose is { } purpose ? ConsentPurposes.NameOf(purpose) : null,
                []))
            .ToList();
        return ValueTask.FromResult(new RecipientCategoryList(items, items.Count));
    }
}
