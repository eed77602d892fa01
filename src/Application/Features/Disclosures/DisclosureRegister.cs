using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Disclosures;

public sealed class DisclosureRegister(
    IAppDbContext db, IConsentCheck consents, IOptions<PrivacyControllerOptions> controller, TimeProvider clock) : IDisclosureRegister
{
    // A batch (e.g. the outbox delivery) records many disclosures to one recipient: it is read once per scope.
    private readonly Dictionary<string, Recipient?> recipients = new(StringComparer.Ordinal);

    public Task<Disclosure> RecordAsync(
        AccountId subject, string recipientKey, ProcessingPurpose purpose, LegalBasis legalBasis,
        IReadOnlyList<DataCategory> dataCategories, string? reference, CancellationToken cancellationToken) =>
        RecordAsync(subject, recipientKey, purpose, legalBasis, dataCategories, reference, consentScope: null, withheldFromSubject: false, cancellationToken);

    public Task<Disclosure> RecordWithheldFromSubjectAsync(
        AccountId subject, string recipientKey, ProcessingPurpose purpose, LegalBasis legalBasis,
        IReadOnlyList<DataCategory> dataCategories, string? reference, CancellationToken cancellationToken) =>
        RecordAsync(subject, recipientKey, purpose, legalBasis, dataCategories, reference, consentScope: null, withheldFromSubject: true, cancellationToken);

    /// <summary>The item is the disclosure's reference too.</summary>
    public Task<Disclosure> RecordItemAsync(
        AccountId subject, string recipientKey, ProcessingPurpose purpose, LegalBasis legalBasis,
        IReadOnlyList<DataCategory> dataCategories, string consentScope, CancellationToken cancellationToken) =>
        RecordAsync(subject, recipientKey, purpose, legalBasis, dataCategories, consentScope, consentScope, withheldFromSubject: false, cancellationToken);

    private async Task<Disclosure> RecordAsync(
        AccountId subject, string recipientKey, ProcessingPurpose purpose, LegalBasis legalBasis,
        IReadOnlyList<DataCategory> dataCategories, string? reference, string? consentScope, bool withheldFromSubject,
        CancellationToken cancellationToken)
    {
        var recipient = await ActiveRecipientAsync(recipientKey, cancellationToken)
                        ?? throw new RequestRefusedException(
                            "recipient-not-registered", $"No active recipient '{recipientKey}' is in the disclosure register.");
        var category = WireNames.Of(recipient.Category);

        var undeclared = dataCategories.Where(c => !RecipientCategories.MayReceive(recipient.Category, c)).Select(WireNames.Of).ToList();
        if (dataCategories.Count == 0 || undeclared.Count > 0)
        {
            throw new RequestRefusedException(
                "data-not-declared-for-recipient",
                $"The processing register does not declare {(undeclared.Count == 0 ? "this" : string.Join(", ", undeclared))} data "
                + $"for recipients of category '{category}'.");
        }

        EnsureAuthorityRules(recipient, legalBasis, withheldFromSubject);
        await EnsureConsentAsync(subject, recipient, legalBasis, consentScope, cancellationToken);

        var crossBorder = controller.Value.IsCrossBorder(recipient.Country);
        if (crossBorder && string.IsNullOrWhiteSpace(recipient.TransferMechanism))
        {
            throw new RequestRefusedException(
                "transfer-mechanism-missing", $"Recipient '{recipientKey}' is outside the storage region and has no transfer mechanism.");
        }

        var disclosure = Disclosure.Record(
            subject,
            recipient.Id,
            purpose,
            legalBasis,
            dataCategories,
            reference,
            crossBorder ? recipient.TransferMechanism : null,
            clock.GetUtcNow(),
            withheldFromSubject);
        db.Disclosures.Add(disclosure);
        return disclosure;
    }

    private async Task<Recipient?> ActiveRecipientAsync(string key, CancellationToken cancellationToken)
    {
        if (!recipients.TryGetValue(key, out var recipient))
        {
            recipient = await db.Recipients.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key && r.Active, cancellationToken);
            recipients[key] = recipient;
        }

        return recipient;
    }

    /// <summary>
    /// Authorities receive data under a legal obligation only (E1, policy 3.4), and only a disclosure to an authority may
    /// be kept from its subject.
    /// </summary>
    private static void EnsureAuthorityRules(Recipient recipient, LegalBasis legalBasis, bool withheldFromSubject)
    {
        if (recipient.Category == RecipientCategory.Authorities && legalBasis != LegalBasis.LegalObligation)
        {
            throw new RequestRefusedException(
                "legal-basis-mismatch", "Disclosure to an authority rests on a legal obligation; declare the legal basis 'legal_obligation'.");
        }

        if (withheldFromSubject && recipient.Category != RecipientCategory.Authorities)
        {
            throw new RequestRefusedException(
                "disclosure-cannot-be-withheld", "Only a disclosure to an authority, under a legal obligation, may be kept from its subject.");
        }
    }

    /// <summary>A category the policy shares with only on the person's authorization (S2): consent is the basis, and it must stand now.</summary>
    private async Task EnsureConsentAsync(
        AccountId subject, Recipient recipient, LegalBasis legalBasis, string? consentScope, CancellationToken cancellationToken)
    {
        var rule = RecipientCategories.Of(recipient.Category);
        if (!rule.RequiresConsent)
        {
            return;
        }

        var category = WireNames.Of(recipient.Category);
        var consent = rule.ConsentPurpose
                      ?? throw new RequestRefusedException(
                          "disclosure-needs-consent", $"Sharing with a recipient of category '{category}' needs a consent of its own.");
        if (legalBasis != LegalBasis.Consent)
        {
            throw new RequestRefusedException(
                "legal-basis-mismatch", $"Sharing with a recipient of category '{category}' rests on the person's consent; declare the legal basis 'consent'.");
        }

        var granted = ConsentPurposes.PerItem.Contains(consent)
            ? consentScope is not null && await consents.IsGrantedForItemAsync(subject, consent, consentScope, cancellationToken)
            : await consents.IsGrantedAsync(new ConsentSubject(subject, null), consent, cancellationToken);
        if (!granted)
        {
            throw new SubjectConsentRequiredException(consent, $"Sharing with a recipient of category '{category}'");
        }
    }
}
