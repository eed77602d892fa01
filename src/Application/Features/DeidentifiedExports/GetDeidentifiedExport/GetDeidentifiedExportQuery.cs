using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.DeidentifiedExports.GetDeidentifiedExport;

/// <summary>Obligation E2: one de-identified dataset's record (achieved k, generalisation, suppressed rows).</summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.OtherLaw, DataCategory.None)]
public sealed record GetDeidentifiedExportQuery(Guid Id) : IQuery<DeidentifiedExportDto>;
