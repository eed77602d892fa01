using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.RightsRequests.LogCorrectionRequest;

/// <summary>
/// Obligation G3: staff log a request to correct a person's data that came in through support, so that its 30-day
/// deadline is tracked; the note says what is to be corrected (it is the person's data, exported and erased with it).
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record LogCorrectionRequestCommand(Guid SubjectId, string Note) : ICommand<RightsRequestDto>, IHasAuditSubject, IIdempotentCommand
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;

    public override string ToString() => $"{nameof(LogCorrectionRequestCommand)} {{ SubjectId = {SubjectId} }}";
}
