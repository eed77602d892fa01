using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.ClaimExport;

/// <summary>
/// Obligation G3, worker step 1: claims the next due export for one <paramref name="Lease"/> (the row's attempt
/// counter is a concurrency token, so two workers cannot both claim it). An export that ran out of attempts is
/// failed instead (<c>Failed</c>). Null when nothing is due.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ClaimExportCommand(TimeSpan Lease) : ICommand<ExportClaim?>;

/// <summary>The export a worker now holds; <c>Attempt</c> is the claim's fencing token.</summary>
public sealed record ExportClaim(Guid ExportId, Guid SubjectId, int Attempt, bool Failed) : IHasAuditSubject
{
    public Guid? AuditSubjectId => SubjectId;
}
