using Mediator;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.BuildExportArchive;

/// <summary>
/// Obligation G3, worker step 2: writes the held export's archive into the file store and returns it. A query, so
/// that no transaction stays open while the archive is written; its progress is committed by
/// <see cref="IExportProgress"/> after each source, which also refuses a worker that lost its claim.
/// </summary>
[Access(AccessLevel.System)]
[Processing(
    ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact,
    DataCategory.Uploads, DataCategory.GeneratedAssets, DataCategory.DeviceAndAccess, DataCategory.Consents,
    DataCategory.AuditTrail)]
public sealed record BuildExportArchiveQuery(Guid ExportId, int Attempt) : IQuery<StoredFile>;

/// <summary>Commits an export's progress while its archive is written (a step of its own, outside the query).</summary>
public interface IExportProgress
{
    Task ReportAsync(Guid exportId, int attempt, int progress, CancellationToken cancellationToken);
}
