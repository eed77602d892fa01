using Pixyer.Application.Common.Processing;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Disclosures;

/// <summary>
/// Records that a person's data left Pixyer (obligations S1, X1). The entry is added to the open unit of work, so
/// it commits with the result of the flow it describes, or not at all.
/// </summary>
public interface IDisclosureRegister
{
    /// <summary>
    /// Records a disclosure of <paramref name="subject"/>'s data to the active recipient with <paramref name="recipientKey"/>.
    /// Refuses (and records nothing) when that recipient is unknown or retired, or when its category needs a consent
    /// the subject does not hold.
    /// </summary>
    Task RecordAsync(
        AccountId subject, string recipientKey, ProcessingPurpose purpose, LegalBasis legalBasis,
        IReadOnlyList<DataCategory> dataCategories, string? reference, CancellationToken cancellationToken);
}
