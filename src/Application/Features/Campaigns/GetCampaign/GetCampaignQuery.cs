using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Campaigns.GetCampaign;

/// <summary>Obligations U9, K3: one campaign with its progress (queued, sent, cancelled, unsubscribed, opened).</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin | Roles.Support)]
[Processing(ProcessingPurpose.Marketing, LegalBasis.Consent, DataCategory.None)]
public sealed record GetCampaignQuery(Guid Id) : IQuery<CampaignDto>;
