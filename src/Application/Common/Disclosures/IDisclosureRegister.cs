using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Common.Disclosures;

/// <summary>
/// Records that a person's data left Pixyer (obligations S1, S2, X1). The entry is added to the open unit of work, so
/// it commits with the result of the flow it describes, or not at all.
/// </summary>
/// <remarks>
/// Call it BEFORE the data leaves: it is also the gate. A refusal (unknown or retired recipient, data the register does
/// not declare for that recipient, a missing consent of the subject, a cross-border recipient without a transfer
/// mechanism) must stop the flow, so that nothing leaves unregistered. If the flow then fails before anything was
/// sent, remove the returned entry (<c>db.Disclosures.Remove</c>) or let the transaction roll back.
/// </remarks>
public interface IDisclosureRegister
{
    /// <summary>
    /// Records a disclosure of <paramref name="subject"/>'s data to the active recipient with <paramref name="recipientKey"/>,
    /// and answers the entry added to the unit of work. Refuses (422, nothing recorded) when that recipient is unknown
    /// or retired, when the processing register does not declare <paramref name="dataCategories"/> for its category,
    /// when its category needs a consent the subject does not hold (or a legal basis other than consent), or when it
    /// is outside the storage region without a transfer mechanism.
    /// </summary>
    Task<Disclosure> RecordAsync(
        AccountId subject, string recipientKey, ProcessingPurpose purpose, LegalBasis legalBasis,
        IReadOnlyList<DataCategory> dataCategories, string? reference, CancellationToken cancellationToken);

    /// <summary>
    /// Records, like <see cref="RecordAsync"/>, a disclosure the subject is not told of (E1: a legal request approved
    /// under, e.g., a confidentiality order): staff see it, the subject's listing and export do not. Only a recipient of
    /// category authorities may receive such a disclosure (else 422 <c>disclosure-cannot-be-withheld</c>).
    /// </summary>
    Task<Disclosure> RecordWithheldFromSubjectAsync(
        AccountId subject, string recipientKey, ProcessingPurpose purpose, LegalBasis legalBasis,
        IReadOnlyList<DataCategory> dataCategories, string? reference, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="RecordAsync"/> for the disclosure of one item, <paramref name="consentScope"/> (e.g. <c>asset:{id}</c>):
    /// a recipient category whose consent is granted per item (the public, D1) needs the subject's grant for that item.
    /// </summary>
    Task<Disclosure> RecordItemAsync(
        AccountId subject, string recipientKey, ProcessingPurpose purpose, LegalBasis legalBasis,
        IReadOnlyList<DataCategory> dataCategories, string consentScope, CancellationToken cancellationToken);
}
