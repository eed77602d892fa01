using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Disclosures;
using Pixyer.Application.Features.Outbox.DeliverOutbox;
using Pixyer.Domain.Outbox;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Outbox;

public sealed class SmtpDeliveryTests(PixyerApiFactory app) : ApiTest(app)
{
    private const string PlatformKey = "mail-relay";

    [Fact]
    [Trait("Obligation", "U8")]
    public async Task Delivery_WhenSmtpIsConfigured_ShouldSendThroughTheRelayAndNotIntoThePickupFolder()
    {
        await using var relay = new FakeSmtpServer();
        await using var smtpApp = SmtpApp(relay);
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterEmailPlatformAsync(PlatformKey);
        Mailbox.Clear();
        using var client = smtpApp.CreateApiClient();
        var name = Unique("smtp");
        await client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(name, $"{name}@example.com"));

        var report = await DeliverAsync(smtpApp);

        Assert.Equal((1, 0), (report.Sent, report.Failed));
        var (recipient, data) = Assert.Single(relay.Received);
        Assert.Equal($"{name}@example.com", recipient);
        Assert.Contains("verify-email?token=", data, StringComparison.Ordinal);
        Assert.Empty(Mailbox.All());
    }

    [Fact]
    [Trait("Obligation", "S1")]
    [Trait("Obligation", "S3")]
    public async Task Delivery_WhenTheRelayIsARegisteredRecipient_ShouldRecordEachMailToAPersonAsADisclosureToIt()
    {
        await using var relay = new FakeSmtpServer();
        await using var smtpApp = SmtpApp(relay);
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterEmailPlatformAsync(PlatformKey);
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        var beforeRelay = await MyDisclosuresAsync(me);
        await Expect.StatusAsync(await me.Client.PatchAsJsonAsync("/api/v1/me", new { email = $"{Unique("new")}@example.com" }), HttpStatusCode.OK);
        var messageId = await WithDatabaseAsync(db => db.OutboxMessages
            .Where(m => m.SubjectId == me.User.Id && m.Status == OutboxStatus.Pending).Select(m => m.Id).SingleAsync());

        var report = await DeliverAsync(smtpApp);

        Assert.Equal((1, 0), (report.Sent, report.Failed));
        Assert.Single(relay.Received);
        Assert.Equal(0, beforeRelay.Total);
        var disclosure = Assert.Single((await MyDisclosuresAsync(me)).Items);
        Assert.Equal(
            ("Mail Relay Co.", "marketing_and_email_platforms", "operational_email", "contract", messageId.ToString()),
            (disclosure.Recipient, disclosure.Category, disclosure.Purpose, disclosure.LegalBasis, disclosure.Reference));
        Assert.Equal(["contact"], disclosure.DataCategories);
        Assert.Equal(0, (await MyDisclosuresAsync(other)).Total);
    }

    [Fact]
    [Trait("Obligation", "S1")]
    public async Task Delivery_WhenTheRelayIsNotARegisteredRecipient_ShouldKeepTheMailInAndRecordNothing()
    {
        await using var relay = new FakeSmtpServer();
        await using var smtpApp = SmtpApp(relay);
        var me = await SignUpAsync();
        await me.Client.PatchAsJsonAsync("/api/v1/me", new { email = $"{Unique("new")}@example.com" });

        var report = await DeliverAsync(smtpApp);

        Assert.Equal((0, 1), (report.Sent, report.Failed));
        Assert.Empty(relay.Received);
        Assert.Equal(0, (await MyDisclosuresAsync(me)).Total);
        var message = await WithDatabaseAsync(db => db.OutboxMessages.SingleAsync(m => m.SubjectId == me.User.Id && m.Status == OutboxStatus.Pending));
        Assert.Equal(("RequestRefusedException", 1), (message.LastError, message.Attempts));
    }

    [Fact]
    [Trait("Obligation", "S1")]
    public async Task Delivery_WhenTheRelayIsDown_ShouldRecordNoDisclosureForTheMailThatDidNotLeave()
    {
        var relay = new FakeSmtpServer();
        await relay.DisposeAsync();
        await using var smtpApp = SmtpApp(relay);
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterEmailPlatformAsync(PlatformKey);
        var me = await SignUpAsync();
        await me.Client.PatchAsJsonAsync("/api/v1/me", new { email = $"{Unique("new")}@example.com" });

        var report = await DeliverAsync(smtpApp);

        Assert.Equal((0, 1), (report.Sent, report.Failed));
        Assert.Equal(0, (await MyDisclosuresAsync(me)).Total);
    }

    [Fact]
    [Trait("Obligation", "S1")]
    public void Start_WhenSmtpHasNoRecipientKey_ShouldFailNamingTheSetting()
    {
        using var misconfigured = App.WithSettings(new() { ["Pixyer:Smtp:Host"] = "127.0.0.1" });

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.CreateApiClient());

        Assert.Contains("Pixyer:Smtp:RecipientKey", failure.ToString(), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> SmtpApp(FakeSmtpServer relay) => relay.AppFor(App, PlatformKey);

    private static Task<OutboxDeliveryReport> DeliverAsync(WebApplicationFactory<Program> smtpApp) =>
        smtpApp.Services.GetRequiredService<SystemCommands>().SendAsync(new DeliverOutboxCommand(), CancellationToken.None);

    private static async Task<Paged<DisclosureDto>> MyDisclosuresAsync(SignedIn user) =>
        (await user.Client.GetFromJsonAsync<Paged<DisclosureDto>>("/api/v1/me/disclosures"))!;
}
