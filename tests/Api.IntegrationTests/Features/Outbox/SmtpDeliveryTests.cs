using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Outbox.DeliverOutbox;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Outbox;

public sealed class SmtpDeliveryTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "U8")]
    public async Task Delivery_WhenSmtpIsConfigured_ShouldSendThroughTheRelayAndNotIntoThePickupFolder()
    {
        await using var relay = new FakeSmtpServer();
        await using var smtpApp = App.WithSettings(new()
        {
            ["Pixyer:Smtp:Host"] = "127.0.0.1",
            ["Pixyer:Smtp:Port"] = relay.Port.ToString(CultureInfo.InvariantCulture),
            ["Pixyer:Smtp:UseStartTls"] = "false",
        });
        using var client = smtpApp.CreateApiClient();
        var name = Unique("smtp");
        await client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(name, $"{name}@example.com"));

        var report = await smtpApp.Services.GetRequiredService<SystemCommands>().SendAsync(new DeliverOutboxCommand(), CancellationToken.None);

        Assert.Equal((1, 0), (report.Sent, report.Failed));
        var (recipient, data) = Assert.Single(relay.Received);
        Assert.Equal($"{name}@example.com", recipient);
        Assert.Contains("verify-email?token=", data, StringComparison.Ordinal);
        Assert.Empty(Mailbox.All());
    }
}
