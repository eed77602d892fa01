using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.LegalHolds.LiftLegalHold;

/// <summary>Obligation G6: staff lift a subject's active hold, with a reason; what waited for it may then proceed.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record LiftLegalHoldCommand(Guid SubjectId, string Reason) : ICommand<LegalHoldDto>, IHasAuditSubject
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}
