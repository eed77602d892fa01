using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Recipients;

/// <summary>
/// A category names at most <see cref="Recipient.MaxActivePerCategory"/> active recipients: the public list of
/// recipients (S2) stays readable and bounded. A recipient joining a category, new or revised, must find room in it.
/// </summary>
internal static class CategoryRoom
{
    public static async Task EnsureAsync(IAppDbContext db, RecipientCategory category, RecipientId? joining, CancellationToken cancellationToken)
    {
        var others = db.Recipients.Where(r => r.Active && r.Category == category);
        if (joining is { } id)
        {
            others = others.Where(r => r.Id != id);
        }

        var active = await others.CountAsync(cancellationToken);
        BusinessRules.Check(new CountLimitRule(
            "recipient-category-full",
            $"A category names at most {Recipient.MaxActivePerCategory} active recipients; retire one first.",
            active,
            Recipient.MaxActivePerCategory));
    }
}
