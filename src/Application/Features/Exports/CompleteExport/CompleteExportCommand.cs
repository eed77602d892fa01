using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.CompleteExport;

/// <summary>
/// Obligation G3, last worker step: the archive is stored under <paramref name="ArchiveKey"/>; the export is ready
/// for seven days and its owner gets a mail. A stale worker's archive is deleted again.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Contact)]
public sealed record CompleteExportCommand(Guid ExportId, int Attempt, string ArchiveKey, long Length) : ICommand<ExportStep>;
