using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Deletion.EraseSubject;

/// <summary>
/// Obligations G2, G6, G7, erasure job step 1: unless the subject is on legal hold (then the request waits,
/// <c>on_hold</c>), erases every source of the subject's data in this one transaction, records it in the erasure
/// ledger, and scans the database's text columns for the subject's email, username and id before committing; the
/// files go once it has committed. A crash rolls it all back, and the job runs it again.
/// </summary>
[Access(AccessLevel.System)]
[Processing(
    ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact,
    DataCategory.Uploads, DataCategory.GeneratedAssets, DataCategory.DeviceAndAccess, DataCategory.Consents)]
public sealed record EraseSubjectCommand(Guid RequestId, string Worker) : ICommand<DeletionProgress?>;

/// <summary>The request's status after the step; the subject names the audit entry (an id only).</summary>
/// <remarks>Null from a step when another worker holds the request: nothing was done.</remarks>
public sealed record DeletionProgress(Guid RequestId, Guid SubjectId, string Status) : IHasAuditSubject
{
    public Guid? AuditSubjectId => SubjectId;
}
