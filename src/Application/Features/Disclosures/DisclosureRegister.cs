using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Disclosures;

public sealed class DisclosureRegister(
    IAppDbContext db, IConsentCheck consents, IOptions<PrivacyControllerOptions> controller, TimeProvider clock) : IDisclosureRegister
{
    public async Task RecordAsync(
        AccountId subject, string recipientKey, ProcessingPurpose purpose, LegalBasis legalBasis,
        IReadOnlyList<DataCategory> dataCategories, string? reference, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.AsNoTracking().SingleOrDefaultAsync(r => r.Key == recipientKey && r.Active, cancellationToken)
                        ?? throw new RequestRefusedException(
                            "recipient-not-registered", $"No active recipient '{recipientKey}' is in the disclosure register.");

        var rule = RecipientCategories.All.Single(c => c.Category == recipient.Category);
        if (rule.RequiresConsent)
        {
            var consent = rule.ConsentPurpose
                          ?? throw new RequestRefusedException(
                              "disclosure-needs-consent", $"Sharing with a recipient of category '{WireNames.Of(recipient.Category)}' needs a consent of its own.");
            if (!await consents.IsGrantedAsync(new ConsentSubject(subject, null), consent, cancellationToken))
            {
                throw new ConsentRequiredException(consent);
            }
        }

        var crossBorder = !string.Equals(recipient.Country, controller.Value.StorageCountryCode, StringComparison.OrdinalIgnoreCase);
        if (crossBorder && string.IsNullOrWhiteSpace(recipient.TransferMechanism))
        {
            throw new RequestRefusedException(
                "transfer-mechanism-missing", $"Recipient '{recipientKey}' is outside the storage region and has no transfer mechanism.");
        }

        db.Disclosures.Add(Disclosure.Record(
            subject,
            recipient.Id,
            WireNames.Of(purpose),
            WireNames.Of(legalBasis),
            string.Join(',', dataCategories.Select(WireNames.Of)),
            reference,
            crossBorder ? recipient.TransferMechanism : null,
            clock.GetUtcNow()));
    }
}
