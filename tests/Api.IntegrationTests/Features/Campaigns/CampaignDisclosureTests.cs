using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Campaigns;
using Pixyer.Application.Features.Campaigns.QueueCampaignMails;
using Pixyer.Application.Features.Disclosures;
using Pixyer.Application.Features.Outbox.DeliverOutbox;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Campaigns;

/// <summary>Obligation S1: each campaign mail handed to the mail platform is a disclosure the person sees.</summary>
public sealed class CampaignDisclosureTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string PlatformKey = "mail-relay";

    [Fact]
    [Trait("Obligation", "S1")]
    [Trait("Obligation", "U9")]
    public async Task Delivery_ThroughTheRegisteredMailPlatform_ShouldRecordEachCampaignMailAsAMarketingDisclosure()
    {
        await using var relay = new FakeSmtpServer();
        await using var smtpApp = relay.AppFor(App, PlatformKey);
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterEmailPlatformAsync(PlatformKey);
        var person = await SignUpAsync();
        var bystander = await SignUpAsync();
        await Expect.StatusAsync(
            await person.Client.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = true }), HttpStatusCode.OK);
        var created = await admin.Client.PostAsJsonAsync(
            CampaignTests.Path, new { subject = "New templates", body = "Three new studio backgrounds.", audience = new { kind = "all_accounts" } });
        var campaign = (await created.Content.ReadFromJsonAsync<CampaignDto>())!;
        await Expect.StatusAsync(await admin.Client.PostAsync($"{CampaignTests.Path}/{campaign.Id}/send", null), HttpStatusCode.Accepted);
        await App.Services.GetRequiredService<SystemCommands>().SendAsync(new QueueCampaignMailsCommand(), CancellationToken.None);
        var messageId = await WithDatabaseAsync(db => db.CampaignMails
            .Where(m => m.SubjectId == new AccountId(person.User.Id)).Select(m => m.MessageId).SingleAsync());

        var report = await smtpApp.Services.GetRequiredService<SystemCommands>().SendAsync(new DeliverOutboxCommand(), CancellationToken.None);

        Assert.Equal((1, 0), (report.Sent, report.Failed));
        Assert.Equal(person.User.Email, Assert.Single(relay.Received).Recipient);
        var disclosure = Assert.Single((await DisclosuresOfAsync(person)).Items);
        Assert.Equal(
            ("Mail Relay Co.", "marketing_and_email_platforms", "marketing", "consent", messageId.ToString()),
            (disclosure.Recipient, disclosure.Category, disclosure.Purpose, disclosure.LegalBasis, disclosure.Reference));
        Assert.Equal(["contact"], disclosure.DataCategories);
        Assert.Equal(0, (await DisclosuresOfAsync(bystander)).Total);
    }

    private static async Task<Paged<DisclosureDto>> DisclosuresOfAsync(SignedIn user) =>
        (await user.Client.GetFromJsonAsync<Paged<DisclosureDto>>("/api/v1/me/disclosures"))!;
}
