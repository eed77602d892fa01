using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.ClaimExport;

/// <summary>
/// Obligation G3, worker step 1: claims the next due export that no other worker is claiming for
/// <paramref name="Worker"/> (its node's instance id) for one <paramref name="Lease"/>. An export that ran out of
/// attempts is failed instead (<c>Failed</c>). Null when nothing is due.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ClaimExportCommand(string Worker, TimeSpan Lease) : ICommand<ExportClaim?>;

/// <summary>The export a worker now holds; <c>Attempt</c> is the claim's fencing token.</summary>
public sealed record ExportClaim(Guid ExportId, Guid SubjectId, int Attempt, bool Failed) : IHasAuditSubject
{
    public Guid? AuditSubjectId => SubjectId;
}
