using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Domain.Deidentification;

namespace Pixyer.Application.Features.DeidentifiedExports.CreateDeidentifiedExport;

/// <summary>
/// Obligation E2: builds a de-identified dataset of the accounts for research or a partner (<paramref name="Purpose"/>),
/// as <c>csv</c> or <c>jsonl</c>, in which every combination of quasi-identifiers occurs at least <paramref name="K"/>
/// times (default <c>Pixyer:Deidentification:MinimumK</c>, never below 5). The policy lets de-identified data be shared
/// without notice or consent, so no disclosure is recorded; the command's audit entry is the record.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(
    ProcessingPurpose.Security, LegalBasis.OtherLaw, DataCategory.DateOfBirth, DataCategory.DeviceAndAccess,
    DataCategory.Transactions, DataCategory.Uploads, DataCategory.GeneratedAssets)]
public sealed record CreateDeidentifiedExportCommand([property: WireNameOf<DatasetFormat>] string Format, string Purpose, int? K) : ICommand<DeidentifiedExportDto>;
