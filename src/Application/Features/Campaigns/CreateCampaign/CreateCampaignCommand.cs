using Mediator;
using Pixyer.Application.Common.Accounts;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Campaigns.CreateCampaign;

/// <summary>
/// Obligation U9: staff write a marketing campaign: its subject, plain-text body (the unsubscribe link is added to every
/// mail), the audience as a selector the server evaluates when it is sent, and whether its mails carry an open pixel (K3).
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Marketing, LegalBasis.Consent, DataCategory.None)]
public sealed record CreateCampaignCommand(string Subject, string Body, AccountSelector Audience, bool TrackOpens = false) : ICommand<CampaignDto>;
