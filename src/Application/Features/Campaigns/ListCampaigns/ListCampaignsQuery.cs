using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Campaigns.ListCampaigns;

/// <summary>Obligation U9: the campaigns with their progress, newest first.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin | Roles.Support)]
[Processing(ProcessingPurpose.Marketing, LegalBasis.Consent, DataCategory.None)]
public sealed record ListCampaignsQuery(PageRequest Page) : IQuery<Paged<CampaignDto>>;
