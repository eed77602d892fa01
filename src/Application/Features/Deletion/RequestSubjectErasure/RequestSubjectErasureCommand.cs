using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Deletion.RequestSubjectErasure;

/// <summary>
/// Obligation G5: the assisted deletion of registration data. Support staff open the deletion of a person's account
/// when the person asked them to (registration data cannot be deleted self-service piece by piece); it then runs
/// exactly as a self-service deletion. 409 when the account's deletion is already under way.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact)]
public sealed record RequestSubjectErasureCommand(Guid SubjectId) : ICommand<DeletionRequestDto>, IHasAuditSubject, IIdempotentCommand
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}
