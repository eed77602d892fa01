using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.BusinessTransfers.ListBusinessTransfers;

/// <summary>Obligation T1: the declared business transfers with their progress, newest first.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin | Roles.Support)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ListBusinessTransfersQuery(PageRequest Page) : IQuery<Paged<BusinessTransferDto>>;
