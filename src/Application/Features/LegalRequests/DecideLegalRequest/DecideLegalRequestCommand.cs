using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;

namespace Pixyer.Application.Features.LegalRequests.DecideLegalRequest;

/// <summary>
/// Obligation E1: the decision on a legal request, once (a second answers 409). <c>refuse</c> needs a reason.
/// <c>approve</c> needs the document's reference and the document itself (else 422 <c>legal-document-missing</c>),
/// and says whether the subjects are told (<c>notifySubjects</c>; when not, the legal reason, e.g. a confidentiality
/// order). Approval builds the archive of exactly the scoped categories of exactly the scoped subjects and records one
/// disclosure per subject to the authority under a legal obligation, referenced by the request's id; a told subject
/// gets an operational mail and sees the disclosure at /me/disclosures, an untold one does not.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(
    ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact, DataCategory.DateOfBirth,
    DataCategory.Uploads, DataCategory.GeneratedAssets, DataCategory.Payment, DataCategory.Transactions, DataCategory.Feedback,
    DataCategory.Inquiries, DataCategory.DeviceAndAccess, DataCategory.Consents, DataCategory.AuditTrail, DataCategory.Disclosures)]
public sealed record DecideLegalRequestCommand(
    Guid Id, [property: OneOfNames(DecideLegalRequestCommand.Approve, DecideLegalRequestCommand.Refuse)] string Decision, string? Reason, bool? NotifySubjects, string? WithholdingReason)
    : ICommand<LegalRequestDto>, IHasAuditSubject
{
    public const string Approve = "approve";
    public const string Refuse = "refuse";

    Guid? IHasAuditSubject.AuditSubjectId => Id;
}
