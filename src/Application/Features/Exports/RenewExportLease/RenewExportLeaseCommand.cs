using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.RenewExportLease;

/// <summary>
/// Obligation G3, the worker's heartbeat while it writes an archive: the export stays its claim for another
/// <paramref name="Lease"/>. False when another worker has taken it over.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record RenewExportLeaseCommand(Guid ExportId, int Attempt, TimeSpan Lease) : ICommand<bool>;
