using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.GetExportArchive;

/// <summary>
/// Obligation G3: the archive of one of the caller's ready exports. Another person's answers 404, one not ready yet
/// 409, one past its seven days 410 <c>export-expired</c>.
/// </summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(
    ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact,
    DataCategory.Uploads, DataCategory.GeneratedAssets, DataCategory.DeviceAndAccess, DataCategory.Consents)]
public sealed record GetExportArchiveQuery(Guid Id) : IQuery<ExportArchive>;

/// <summary>An open stream the caller disposes (the endpoint hands it to the response).</summary>
public sealed record ExportArchive(Stream Content, string FileName);
