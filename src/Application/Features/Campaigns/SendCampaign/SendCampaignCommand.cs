using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Campaigns.SendCampaign;

/// <summary>
/// Obligation U9: sends a campaign to the accounts of its audience whose <c>marketing_email</c> grant stands now (and
/// whose address is verified), selected in one query; the campaign job then queues their mails in batches, and delivery
/// checks the grant once more. Sending again answers the campaign as it stands and mails nobody twice.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Marketing, LegalBasis.Consent, DataCategory.Contact)]
[ConsentOfSubjects(ConsentPurpose.MarketingEmail)]
public sealed record SendCampaignCommand(Guid Id) : ICommand<CampaignDto>;
