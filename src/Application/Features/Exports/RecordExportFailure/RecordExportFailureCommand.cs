using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.RecordExportFailure;

/// <summary>
/// Obligation G3, worker step: building the archive failed; the export is queued again, or failed after three attempts.
/// Nothing changes when the worker no longer holds the export.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record RecordExportFailureCommand(Guid ExportId, int Attempt) : ICommand<ExportStep>;
