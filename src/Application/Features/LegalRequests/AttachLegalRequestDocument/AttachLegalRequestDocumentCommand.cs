using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.LegalRequests.AttachLegalRequestDocument;

/// <summary>
/// Obligation E1: staff upload the authority's legal document (PDF or a scan), with its reference when the request
/// was recorded without one. It is stored as uploaded and its SHA-256 recorded; a later upload replaces it until the
/// request is decided (then 409).
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record AttachLegalRequestDocumentCommand(Guid Id, string? Reference, Stream Content) : ICommand<LegalRequestDto>, IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => Id;
}
