using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.LegalRequests.GetLegalRequestFile;

/// <summary>
/// Obligation E1: the request's legal document as uploaded, or the archive its approval disclosed, for handing to the
/// authority. Both hold subjects' personal data, so only privacy officers and admins read them, and every reading is
/// audited. The archive of a request not approved answers 409; one erased with a subject 410 <c>legal-export-erased</c>.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(
    ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact, DataCategory.Uploads,
    DataCategory.GeneratedAssets, DataCategory.Transactions, DataCategory.DeviceAndAccess)]
public sealed record GetLegalRequestFileQuery(Guid Id, LegalRequestFileKind Kind) : IQuery<LegalRequestFile>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => Id;
}

public enum LegalRequestFileKind
{
    Document,
    Export,
}

public sealed record LegalRequestFile(byte[] Content, string ContentType, string FileName);
