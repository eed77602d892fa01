using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Advertising;
using Pixyer.Domain.Common;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Advertising.ExportAdAudience;

public sealed class ExportAdAudienceCommandHandler(IAppDbContext db, ConsentLedger ledger, IDisclosureRegister disclosures, TimeProvider clock)
    : ICommandHandler<ExportAdAudienceCommand, AdAudience>
{
    private static readonly IReadOnlyList<DataCategory> Disclosed = [DataCategory.Contact, DataCategory.AdvertisingProfile];

    public async ValueTask<AdAudience> Handle(ExportAdAudienceCommand command, CancellationToken cancellationToken)
    {
        // Refused even for an empty audience, so that staff learn of a wrong key before the list matters.
        if (!await db.Recipients.AnyAsync(r => r.Key == command.RecipientKey && r.Active, cancellationToken))
        {
            throw new RequestRefusedException("recipient-not-registered", $"No active recipient '{command.RecipientKey}' is in the disclosure register.");
        }

        var segment = WireNames.Parse<AdSegment>(command.Segment);
        var consenting = ledger.ActiveAccountsGranting(AdvertisingConsent.Purpose);
        var members = await db.AdProfiles.AsNoTracking()
            .Where(p => consenting.Contains(p.OwnerId) && p.Segments.Contains(segment))
            .Join(db.Accounts, p => p.OwnerId, a => a.Id, (p, a) => new { a.Id, a.NormalizedEmail })
            .OrderBy(m => m.Id)
            .ToPageAsync(command.Page, cancellationToken);

        foreach (var member in members.Items)
        {
            await disclosures.RecordAsync(
                member.Id, command.RecipientKey, ProcessingPurpose.PersonalizedAdvertising, LegalBasis.Consent, Disclosed,
                $"ad-audience:{command.Segment}", cancellationToken);
        }

        return new AdAudience(
            command.Segment, command.RecipientKey, clock.GetUtcNow(), members.Items.Select(m => HashOf(m.NormalizedEmail)).ToList(),
            members.Page, members.PageSize, members.Total);
    }

    private static string HashOf(string normalizedEmail) => Sha256Hex.Of(Encoding.UTF8.GetBytes(normalizedEmail));
}
