using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Assets;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;
using Pixyer.Domain.Showcases;

namespace Pixyer.Application.Features.Showcases.PublishShowcase;

public sealed class PublishShowcaseCommandHandler(
    IAppDbContext db, ConsentLedger ledger, IDisclosureRegister disclosures, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<PublishShowcaseCommand, PublishedShowcase>
{
    public async ValueTask<PublishedShowcase> Handle(PublishShowcaseCommand command, CancellationToken cancellationToken)
    {
        var asset = new AssetId(command.AssetId);
        var owner = await db.Assets.Where(a => a.Id == asset).Select(a => (AccountId?)a.OwnerId).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("asset");
        var scope = Showcase.ConsentScopeOf(asset);
        if (!await ledger.IsGrantedForItemAsync(owner, ConsentPurpose.PublicDisclosure, scope, cancellationToken))
        {
            throw new SubjectAuthorizationRequiredException(ConsentPurpose.PublicDisclosure, scope);
        }

        if (await db.Showcases.AnyAsync(s => s.AssetId == asset, cancellationToken))
        {
            throw new ConflictException("This asset is already in the showcase.");
        }

        var disclosure = await disclosures.RecordItemAsync(
            owner, options.Value.Showcases.RecipientKey, ProcessingPurpose.Marketing, LegalBasis.Consent, [DataCategory.GeneratedAssets], scope,
            cancellationToken);
        var showcase = Showcase.Publish(asset, owner, command.Title.Trim(), clock.GetUtcNow());
        db.Showcases.Add(showcase);
        return new PublishedShowcase(showcase.Id.Value, asset.Value, showcase.Title, showcase.PublishedAt, disclosure.Id.Value) { Owner = owner.Value };
    }
}
