using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;

namespace Pixyer.Application.Features.Disclosures.RecordDisclosure;

/// <summary>
/// Obligations S1, S2, X1: staff record a disclosure made outside the code's own flows (sharing with a business partner,
/// answering a legal request). It passes the register's gate like any flow: a business-needs recipient without the
/// subject's third_party_sharing consent is refused and nothing is recorded. The recipient is named by id or by key.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, Domain.Processing.LegalBasis.LegalObligation, DataCategory.Disclosures)]
public sealed record RecordDisclosureCommand(
    Guid SubjectId,
    Guid? RecipientId,
    string? RecipientKey,
    [property: WireNameOf<ProcessingPurpose>] string Purpose,
    [property: WireNameOf<Domain.Processing.LegalBasis>] string LegalBasis,
    [property: WireNameOf<DataCategory>] IReadOnlyList<string> DataCategories,
    string? Reference) : ICommand<DisclosureDto>, IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}
