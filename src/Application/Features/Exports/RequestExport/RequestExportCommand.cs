using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Exports;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Exports.RequestExport;

/// <summary>
/// Obligation G3 (GDPR articles 15 and 20, PIPL article 45): ask for a copy of all of one's data as a ZIP archive,
/// built in the background. One export at a time per person (409 while one is queued or running). Allowed before
/// accepting a new policy: a person may take their data away instead of accepting it.
/// </summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(
    ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact,
    DataCategory.Uploads, DataCategory.GeneratedAssets, DataCategory.DeviceAndAccess, DataCategory.Consents)]
public sealed record RequestExportCommand : ICommand<ExportAccepted>, IIdempotentCommand;

public sealed record ExportAccepted(Guid Id, [property: WireNameOf<ExportStatus>] string Status);
