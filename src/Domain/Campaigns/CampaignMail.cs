using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Outbox;

namespace Pixyer.Domain.Campaigns;

/// <summary>
/// One person a campaign was sent to, and what came of it: the queued mail (<see cref="MessageId"/>, whose outbox status
/// says whether it went out or was cancelled), or why it was never queued; whether the person opened it (recorded only
/// with their analytics consent, K3) and whether they unsubscribed through its link.
/// </summary>
public sealed class CampaignMail
{
    private CampaignMail()
    {
    }

    public CampaignId CampaignId { get; private set; }

    public AccountId SubjectId { get; private set; }

    /// <summary>The queued mail; null until the campaign job queues it, and for good when it was dropped instead.</summary>
    public OutboxMessageId? MessageId { get; private set; }

    /// <summary>When the mail was queued, or dropped because the grant or the verified address was gone by then.</summary>
    public DateTimeOffset? HandledAt { get; private set; }

    [PersonalData]
    public DateTimeOffset? OpenedAt { get; private set; }

    [PersonalData]
    public DateTimeOffset? UnsubscribedAt { get; private set; }

    public void Queued(OutboxMessageId message, DateTimeOffset now)
    {
        EnsureNotHandled();
        MessageId = message;
        HandledAt = now;
    }

    public void Dropped(DateTimeOffset now)
    {
        EnsureNotHandled();
        HandledAt = now;
    }

    public void Opened(DateTimeOffset now) => OpenedAt ??= now;

    public void Unsubscribed(DateTimeOffset now) => UnsubscribedAt ??= now;

    internal static CampaignMail To(CampaignId campaign, AccountId subject) => new() { CampaignId = campaign, SubjectId = subject };

    private void EnsureNotHandled()
    {
        if (HandledAt is not null)
        {
            throw new InvalidOperationException("The campaign mail was already queued or dropped.");
        }
    }
}
