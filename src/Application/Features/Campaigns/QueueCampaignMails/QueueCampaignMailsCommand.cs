using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Campaigns.QueueCampaignMails;

/// <summary>
/// Obligation U9, run by the campaign job: queues the mails of one batch of sent campaigns' recipients, each through the
/// outbox (cancelled there if the person withdraws before delivery) in this command's transaction with the mark that it
/// was, so a retried batch mails nobody twice. A person whose grant or verified address is gone by now is dropped.
/// Answers how many recipients it handled; zero: none is left.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.Marketing, LegalBasis.Consent, DataCategory.Contact)]
[ConsentOfSubjects(ConsentPurpose.MarketingEmail)]
public sealed record QueueCampaignMailsCommand(int BatchSize = QueueCampaignMailsCommand.DefaultBatchSize) : ICommand<int>
{
    /// <summary>Mails per command: each is an outbox row held in memory until the commit.</summary>
    public const int DefaultBatchSize = 500;
}
