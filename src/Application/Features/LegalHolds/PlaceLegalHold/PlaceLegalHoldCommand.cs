using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.LegalHolds.PlaceLegalHold;

/// <summary>Obligation G6: staff put a subject on legal hold, with a reason; erasure and anonymization then wait.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record PlaceLegalHoldCommand(Guid SubjectId, string Reason) : ICommand<LegalHoldDto>, IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}
