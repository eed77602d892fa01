using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.RecordExportProgress;

/// <summary>Obligation G3, worker step: the archive is <paramref name="Progress"/> percent written; the lease is renewed.</summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record RecordExportProgressCommand(Guid ExportId, int Attempt, int Progress, TimeSpan Lease) : ICommand<ExportStep>;
