using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Generations;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Assets;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Showcases;

namespace Pixyer.Application.Features.Showcases;

/// <summary>
/// What publishing one of the owner's assets would disclose, told before they authorize it (D1): the purpose, the
/// data (the image with its template and format), where it would appear, and whether it is authorized and published.
/// </summary>
public sealed record PublicDisclosureOffer(
    Guid AssetId,
    [property: WireNameOf<ConsentPurpose>] string Purpose,
    [property: MaxLength(ConsentEvent.ScopeMaxLength)] string Scope,
    [property: MaxLength(ConsentPurposes.DescriptionMaxLength)] string Description,
    [property: TemplateName] string Template,
    [property: FormatName] string Format,
    int Width,
    int Height,
    [property: ShowcaseLocation] string Where,
    bool Authorized,
    bool Published)
{
    public const string ShowcaseLocation = "Pixyer's public showcase (GET /api/v1/showcases): anyone may see and download the image, with the title staff give it; "
                                 + "never your name, username or e-mail address.";

    /// <summary>The caller's asset as the offer describes it; another person's or a missing asset answers 404.</summary>
    public static async Task<PublicDisclosureOffer> OfAsync(
        IAppDbContext db, ConsentLedger ledger, AccountId owner, Guid assetId, CancellationToken cancellationToken)
    {
        var id = new AssetId(assetId);
        var asset = await db.Assets.AsNoTracking()
                        .Where(a => a.Id == id && a.OwnerId == owner)
                        .Select(a => new { a.Template, a.Format, a.Width, a.Height })
                        .SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("asset");
        var scope = Showcase.ConsentScopeOf(id);
        var authorized = await ledger.IsGrantedForItemAsync(owner, ConsentPurpose.PublicDisclosure, scope, cancellationToken);
        var published = await db.Showcases.AnyAsync(s => s.AssetId == id, cancellationToken);
        var (_, name, description) = ConsentPurposes.All.First(p => p.Purpose == ConsentPurpose.PublicDisclosure);
        return new PublicDisclosureOffer(
            assetId, name, scope, description, asset.Template, asset.Format, asset.Width, asset.Height, ShowcaseLocation, authorized, published);
    }
}

/// <summary>The property holds <see cref="PublicDisclosureOffer.ShowcaseLocation"/>, the one place an item is published.</summary>
public sealed class ShowcaseLocationAttribute() : WireNameOfAttribute([PublicDisclosureOffer.ShowcaseLocation]);
