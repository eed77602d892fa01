using Mediator;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Processing;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common.Requests;

namespace Pixyer.Application.Features.Exports.BuildExportArchive;

/// <summary>
/// Obligation G3, worker step 2: writes the held export's archive into the file store and returns it. No transaction
/// stays open while the archive is written; its progress is committed by <see cref="IExportProgress"/> after each
/// source, which also refuses a worker that lost its claim.
/// </summary>
[Access(AccessLevel.System)]
[NoTransaction]
[Processing(
    ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact,
    DataCategory.Uploads, DataCategory.GeneratedAssets, DataCategory.DeviceAndAccess, DataCategory.Consents,
    DataCategory.AuditTrail)]
public sealed record BuildExportArchiveCommand(Guid ExportId, int Attempt) : ICommand<StoredFile>;
