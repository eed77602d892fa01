using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.BusinessTransfers.GetBusinessTransfer;

/// <summary>Obligation T1: one business transfer with its progress.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin | Roles.Support)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record GetBusinessTransferQuery(Guid Id) : IQuery<BusinessTransferDto>;
