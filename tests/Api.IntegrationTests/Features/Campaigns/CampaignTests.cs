using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Campaigns;
using Pixyer.Application.Features.Campaigns.QueueCampaignMails;
using Pixyer.Domain.Outbox;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Campaigns;

/// <summary>
/// Obligations U9 and K3: a campaign reaches only the people whose marketing consent stands, every mail lets them leave with
/// one click, leaving stops every campaign's mail to them, and an open is recorded only with analytics consent.
/// </summary>
public sealed partial class CampaignTests(PixyerApiFactory app) : ApiTest(app)
{
    public const string Path = "/api/v1/admin/campaigns";

    [Fact]
    [Trait("Obligation", "U9")]
    public async Task Send_ToFiveAccountsOfWhichTwoConsent_ShouldQueueTwoMailsWithAWorkingOneClickUnsubscribe()
    {
        var admin = await SignUpAdminAsync();
        var people = await SignUpManyAsync(5);
        await GrantAsync(people[0], "marketing_email");
        await GrantAsync(people[1], "marketing_email");
        var first = await CreateAsync(admin, Audience(people));
        var second = await CreateAsync(admin, Audience(people));
        Mailbox.Clear();

        var sent = await admin.Client.PostAsync($"{Path}/{first.Id}/send", null);
        await Expect.StatusAsync(sent, HttpStatusCode.Accepted);
        var queued = await QueueMailsAsync();
        await Mailbox.DeliverAsync();
        await SendAsync(admin, second);
        await QueueMailsAsync();
        var mail = Assert.Single(Mailbox.To(people[0].User.Email));
        var link = new Uri(mail.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        var oneClick = await Client.PostAsync(
            link.PathAndQuery, new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]));
        await Mailbox.DeliverAsync();

        Assert.Equal((2, 2), ((await sent.Content.ReadFromJsonAsync<CampaignDto>())!.Progress.Recipients, queued));
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(first.Subject, mail.Subject);
        Assert.Contains($"/unsubscribe?token={Token(link)}", mail.TextBody, StringComparison.Ordinal);
        Assert.Single(Mailbox.To(people[1].User.Email), m => m.Subject == first.Subject);
        Assert.All(people.Skip(2), person => Assert.Empty(Mailbox.To(person.User.Email)));
        await Expect.StatusAsync(oneClick, HttpStatusCode.OK);
        Assert.Equal([(false, "unsubscribe_link"), (true, "settings")], await MarketingHistoryAsync(people[0]));
        Assert.Single(Mailbox.To(people[0].User.Email));
        Assert.Equal(2, Mailbox.To(people[1].User.Email).Count);
        Assert.Equal(new CampaignProgress(2, 0, 2, 0, 0, 1, 0), (await GetAsync(admin, first.Id)).Progress);
        Assert.Equal(new CampaignProgress(2, 0, 1, 0, 1, 0, 0), (await GetAsync(admin, second.Id)).Progress);
    }

    [Fact]
    [Trait("Obligation", "U9")]
    public async Task Send_WhenSentAgain_ShouldMailNobodyTwice()
    {
        var admin = await SignUpAdminAsync();
        var person = await SignUpAsync();
        await GrantAsync(person, "marketing_email");
        var campaign = await CreateAsync(admin, new { kind = "all_accounts" });
        Mailbox.Clear();

        await SendAsync(admin, campaign);
        await QueueMailsAsync();
        var again = await admin.Client.PostAsync($"{Path}/{campaign.Id}/send", null);
        var queuedAgain = await QueueMailsAsync();
        await Mailbox.DeliverAsync();

        await Expect.StatusAsync(again, HttpStatusCode.Accepted);
        Assert.Equal(0, queuedAgain);
        Assert.Single(Mailbox.To(person.User.Email));
        Assert.Equal(new CampaignProgress(1, 1, 0, 0, 0, 0, 0), (await again.Content.ReadFromJsonAsync<CampaignDto>())!.Progress);
        Assert.Equal(new CampaignProgress(1, 0, 1, 0, 0, 0, 0), (await GetAsync(admin, campaign.Id)).Progress);
    }

    [Fact]
    [Trait("Obligation", "U9")]
    public async Task Delivery_WhenTheConsentIsWithdrawnAfterSending_ShouldNotMailAndCountTheMailCancelled()
    {
        var admin = await SignUpAdminAsync();
        var beforeQueueing = await SignUpAsync();
        var beforeDelivery = await SignUpAsync();
        var staying = await SignUpAsync();
        foreach (var person in new[] { beforeQueueing, beforeDelivery, staying })
        {
            await GrantAsync(person, "marketing_email");
        }

        var campaign = await CreateAsync(admin, new { kind = "all_accounts" });
        Mailbox.Clear();

        await SendAsync(admin, campaign);
        await WithdrawAsync(beforeQueueing, "marketing_email");
        await QueueMailsAsync();
        await WithdrawAsync(beforeDelivery, "marketing_email");
        await Mailbox.DeliverAsync();

        Assert.Empty(Mailbox.To(beforeQueueing.User.Email));
        Assert.Empty(Mailbox.To(beforeDelivery.User.Email));
        Assert.Single(Mailbox.To(staying.User.Email));
        Assert.Equal(new CampaignProgress(3, 0, 1, 0, 2, 0, 0), (await GetAsync(admin, campaign.Id)).Progress);
        Assert.Equal(
            OutboxStatus.Cancelled,
            await WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.SubjectId == beforeDelivery.User.Id && m.ConsentPurpose != null)
                .Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    [Trait("Obligation", "K3")]
    public async Task OpenPixel_ShouldAlwaysAnswerAGifButRecordAnOpenOnlyWithAnalyticsConsent()
    {
        var admin = await SignUpAdminAsync();
        var tracked = await SignUpAsync();
        var untracked = await SignUpAsync();
        await GrantAsync(tracked, "marketing_email");
        await GrantAsync(tracked, "analytics_cookies");
        await GrantAsync(untracked, "marketing_email");
        var campaign = await CreateAsync(admin, new { kind = "all_accounts" }, trackOpens: true);
        var plain = await CreateAsync(admin, new { kind = "all_accounts" });
        Mailbox.Clear();
        await SendAsync(admin, campaign);
        await SendAsync(admin, plain);
        await QueueMailsAsync();
        await Mailbox.DeliverAsync();
        var trackedPixel = PixelOf(Mailbox.To(tracked.User.Email).Single(m => m.Subject == campaign.Subject));
        var untrackedPixel = PixelOf(Mailbox.To(untracked.User.Email).Single(m => m.Subject == campaign.Subject));
        var forged = Regex.Replace(trackedPixel, @"\.[^./]+\.gif$", $".{new string('a', 64)}.gif");

        var images = new List<string>();
        foreach (var pixel in new[] { untrackedPixel, forged, trackedPixel })
        {
            var response = await Client.GetAsync(pixel);
            await Expect.StatusAsync(response, HttpStatusCode.OK);
            Assert.Equal("image/gif", response.Content.Headers.ContentType?.MediaType);
            images.Add(Convert.ToBase64String(await response.Content.ReadAsByteArrayAsync()));
        }

        Assert.Single(images.Distinct());
        Assert.Equal(1, (await GetAsync(admin, campaign.Id)).Progress.Opened);
        Assert.Null(Mailbox.To(tracked.User.Email).Single(m => m.Subject == plain.Subject).HtmlBody);
        var opened = await WithDatabaseAsync(db => db.CampaignMails.Where(m => m.OpenedAt != null).Select(m => m.SubjectId).ToListAsync());
        Assert.Equal([tracked.User.Id], opened.Select(id => id.Value));
    }

    [Fact]
    [Trait("Obligation", "U9")]
    public async Task Unsubscribe_WhenTheCampaignTokenIsForged_ShouldRefuseAndWithdrawNothing()
    {
        var admin = await SignUpAdminAsync();
        var person = await SignUpAsync();
        await GrantAsync(person, "marketing_email");
        var campaign = await CreateAsync(admin, new { kind = "all_accounts" });
        var other = await CreateAsync(admin, new { kind = "all_accounts" });
        Mailbox.Clear();
        await SendAsync(admin, campaign);
        await QueueMailsAsync();
        await Mailbox.DeliverAsync();
        var token = Token(new Uri(Assert.Single(Mailbox.To(person.User.Email)).Headers["List-Unsubscribe"]!.Trim('<', '>')));
        var parts = token.Split('.');

        var otherCampaign = await Client.PostAsync($"/api/v1/unsubscribe?token={parts[0]}.{other.Id:N}.{parts[2]}", null);
        var forged = await Client.PostAsync($"/api/v1/unsubscribe?token={parts[0]}.{parts[1]}.{new string('a', 64)}", null);

        await Expect.ProblemAsync(otherCampaign, HttpStatusCode.UnprocessableEntity, "unsubscribe-token-invalid");
        await Expect.ProblemAsync(forged, HttpStatusCode.UnprocessableEntity, "unsubscribe-token-invalid");
        Assert.Equal([(true, "settings")], await MarketingHistoryAsync(person));
    }

    [Fact]
    [Trait("Obligation", "U9")]
    public async Task Support_ShouldReadCampaignsButNotWriteOrSendThem_AndACustomerShouldDoNeither()
    {
        var admin = await SignUpAdminAsync();
        var support = await SignUpAsync();
        var customer = await SignUpAsync();
        await GrantAsync(customer, "marketing_email");
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{support.User.Id}/roles", new { roles = new[] { "Support" } }),
            HttpStatusCode.OK);
        var campaign = await CreateAsync(admin, new { kind = "all_accounts" });

        await Expect.StatusAsync(await support.Client.GetAsync(Path), HttpStatusCode.OK);
        await Expect.StatusAsync(await support.Client.GetAsync($"{Path}/{campaign.Id}"), HttpStatusCode.OK);
        await Expect.ProblemAsync(await support.Client.PostAsync($"{Path}/{campaign.Id}/send", null), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await support.Client.PostAsJsonAsync(Path, Body(new { kind = "all_accounts" })), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.GetAsync(Path), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.PostAsync($"{Path}/{campaign.Id}/send", null), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await admin.Client.PostAsync($"{Path}/{Guid.NewGuid()}/send", null), HttpStatusCode.NotFound, "not-found");
        var listed = await admin.Client.GetFromJsonAsync<Paged<CampaignDto>>(Path);
        Assert.Equal([(campaign.Id, (DateTimeOffset?)null)], listed!.Items.Select(c => (c.Id, c.SentAt)));
        Assert.Equal(0, await WithDatabaseAsync(db => db.CampaignMails.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "U9")]
    public async Task Create_WhenTheSubjectCouldInjectAHeader_ShouldAnswer400()
    {
        var admin = await SignUpAdminAsync();

        var response = await admin.Client.PostAsJsonAsync(
            Path, new { subject = "Offer\r\nBcc: all@example.com", body = "Hello", audience = new { kind = "all_accounts" } });

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    [Trait("Obligation", "U9")]
    [Trait("Obligation", "G3")]
    public async Task CampaignMails_ShouldBeInThePersonsExportAndGoneAfterErasure()
    {
        var admin = await SignUpAdminAsync();
        var person = await SignUpAsync();
        await GrantAsync(person, "marketing_email");
        var campaign = await CreateAsync(admin, new { kind = "all_accounts" });
        await SendAsync(admin, campaign);
        await QueueMailsAsync();

        var export = await PersonalDataRegistry.ExportAsync(App.Services, person.User.Id);
        await PersonalDataRegistry.EraseAsync(App.Services, person.User.Id);

        var exported = Assert.Single(export["campaign-mails"].EnumerateArray());
        Assert.Equal(campaign.Subject, exported.GetProperty("campaign").GetString());
        Assert.Equal(0, await WithDatabaseAsync(db => db.CampaignMails.CountAsync(m => m.SubjectId == new Domain.Accounts.AccountId(person.User.Id))));
    }

    private static object Audience(IEnumerable<SignedIn> people) => new { kind = "account_ids", accountIds = people.Select(p => p.User.Id).ToArray() };

    private static object Body(object audience, bool trackOpens = false) =>
        new { subject = Unique("Spring offer "), body = "Fresh studio backgrounds for your product photos.", audience, trackOpens };

    private static string Token(Uri link) => link.Query.Split("token=")[1];

    private static string PixelOf(MimeMessage mail) =>
        new Uri(PixelPattern().Match(mail.HtmlBody ?? "").Groups[1].Value).PathAndQuery;

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex PixelPattern();

    private async Task<List<SignedIn>> SignUpManyAsync(int count)
    {
        var people = new List<SignedIn>();
        for (var i = 0; i < count; i++)
        {
            people.Add(await SignUpAsync());
        }

        return people;
    }

    private static async Task GrantAsync(SignedIn person, string purpose) =>
        await Expect.StatusAsync(await person.Client.PutAsJsonAsync($"/api/v1/me/consents/{purpose}", new { granted = true }), HttpStatusCode.OK);

    private static async Task WithdrawAsync(SignedIn person, string purpose) =>
        await Expect.StatusAsync(await person.Client.PutAsJsonAsync($"/api/v1/me/consents/{purpose}", new { granted = false }), HttpStatusCode.OK);

    private static async Task<List<(bool Granted, string Channel)>> MarketingHistoryAsync(SignedIn person)
    {
        var history = await person.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents/history");
        return history.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("purpose").GetString() == "marketing_email")
            .Select(e => (e.GetProperty("granted").GetBoolean(), e.GetProperty("channel").GetString()!))
            .ToList();
    }

    private static async Task<CampaignDto> CreateAsync(SignedIn staff, object audience, bool trackOpens = false)
    {
        var response = await staff.Client.PostAsJsonAsync(Path, Body(audience, trackOpens));
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<CampaignDto>())!;
    }

    private static async Task SendAsync(SignedIn staff, CampaignDto campaign) =>
        await Expect.StatusAsync(await staff.Client.PostAsync($"{Path}/{campaign.Id}/send", null), HttpStatusCode.Accepted);

    private static async Task<CampaignDto> GetAsync(SignedIn staff, Guid id) =>
        (await staff.Client.GetFromJsonAsync<CampaignDto>($"{Path}/{id}"))!;

    /// <summary>Runs the campaign job's command once, as the job does, through the mediator as the system.</summary>
    private Task<int> QueueMailsAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new QueueCampaignMailsCommand(), CancellationToken.None);
}
