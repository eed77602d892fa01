using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.DeidentifiedExports.ListDeidentifiedExports;

/// <summary>Obligation E2: the de-identified datasets made so far, newest first.</summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.OtherLaw, DataCategory.None)]
public sealed record ListDeidentifiedExportsQuery(PageRequest Page) : IQuery<Paged<DeidentifiedExportDto>>;
