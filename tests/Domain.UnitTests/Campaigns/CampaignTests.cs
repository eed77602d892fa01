using Pixyer.Domain.Accounts;
using Pixyer.Domain.Campaigns;
using Pixyer.Domain.Outbox;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Campaigns;

[Trait("Obligation", "U9")]
public sealed class CampaignTests
{
    private static readonly AccountId Staff = new(Guid.CreateVersion7());

    private static Campaign NewCampaign() => Campaign.Create("  Spring offer ", "Hello", "{\"kind\":\"all_accounts\"}", false, Staff, Now);

    [Fact]
    public void Send_ShouldAddOneMailPerConsentingAccountAndRefuseASecondSend()
    {
        var campaign = NewCampaign();
        var people = new[] { new AccountId(Guid.CreateVersion7()), new AccountId(Guid.CreateVersion7()) };

        campaign.Send(people, Staff, Now);

        Assert.Equal("Spring offer", campaign.Subject);
        Assert.Equal((Now, (AccountId?)Staff), (campaign.SentAt!.Value, campaign.SentBy));
        Assert.Equal(people, campaign.Mails.Select(m => m.SubjectId));
        Assert.All(campaign.Mails, m => Assert.Null(m.HandledAt));
        Assert.Throws<InvalidOperationException>(() => campaign.Send(people, Staff, Now));
    }

    [Fact]
    public void Mail_ShouldBeQueuedOrDroppedOnce_AndKeepItsFirstOpen()
    {
        var campaign = NewCampaign();
        campaign.Send([new AccountId(Guid.CreateVersion7())], Staff, Now);
        var mail = campaign.Mails[0];

        mail.Queued(OutboxMessageId.New(), Now);
        mail.Opened(Now);
        mail.Opened(Now.AddHours(1));

        Assert.Equal((Now, (DateTimeOffset?)Now), (mail.HandledAt!.Value, mail.OpenedAt));
        Assert.Throws<InvalidOperationException>(() => mail.Dropped(Now));
        Assert.Throws<InvalidOperationException>(() => mail.Queued(OutboxMessageId.New(), Now));
    }
}
