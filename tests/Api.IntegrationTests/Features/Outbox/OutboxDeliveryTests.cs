using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Outbox;
using Pixyer.Infrastructure.Jobs;
using Quartz;

namespace Pixyer.Api.IntegrationTests.Features.Outbox;

public sealed class OutboxDeliveryTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "U8")]
    public async Task Delivery_WhenTwoRunsRace_ShouldSendEveryMessageExactlyOnce()
    {
        for (var i = 0; i < 12; i++)
        {
            await RegisterAsync();
        }

        var reports = await Task.WhenAll(Mailbox.DeliverAsync(), Mailbox.DeliverAsync(), Mailbox.DeliverAsync());

        Assert.Equal(12, reports.Sum(r => r.Sent));
        var mails = Mailbox.All();
        Assert.Equal(12, mails.Count);
        Assert.Equal(12, mails.Select(m => m.MessageId).Distinct().Count());
        Assert.All(
            await WithDatabaseAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync()),
            m => Assert.Equal((OutboxStatus.Sent, ""), (m.Status, m.Payload)));
    }

    [Fact]
    [Trait("Obligation", "U8")]
    public async Task Delivery_WhenTheQuartzJobFires_ShouldDeliverTheQueuedMail()
    {
        var user = await RegisterAsync();
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(OutboxDeliveryJob.Key);

        await Eventually.TrueAsync(() => Mailbox.To(user.Email).Count == 1);
        Assert.Contains("verify-email?token=", Mailbox.To(user.Email)[0].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "U8")]
    public async Task Outbox_WhenTheCommandFails_ShouldQueueNothing()
    {
        var first = await RegisterAsync();
        await Mailbox.DeliverAsync();
        Mailbox.Clear();

        await Client.PostAsync("/api/v1/accounts", System.Net.Http.Json.JsonContent.Create(RegistrationBody(first.Username, first.Email)));

        Assert.Equal(0, (await Mailbox.DeliverAsync()).Sent);
        Assert.Empty(Mailbox.All());
    }
}
