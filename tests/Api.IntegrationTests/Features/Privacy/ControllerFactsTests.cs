using System.Net;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Privacy;
using Pixyer.Application.Features.Privacy.GetControllerFacts;

namespace Pixyer.Api.IntegrationTests.Features.Privacy;

public sealed class ControllerFactsTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "L1")]
    [Trait("Obligation", "X1")]
    public async Task Controller_WhenNotConfigured_ShouldBeTheOperatorThePolicyNames()
    {
        var facts = await Client.GetOkAsync<ControllerFacts>(PrivacyRequests.Controller);

        Assert.Equal("TROLLEE Technology (Guangzhou) Co., Ltd.", facts.OperatorName);
        Assert.Equal("Room 801, No. 87 Dingxin Road, Haizhu District, Guangzhou (Office Only)", facts.Address);
        Assert.Equal("support@pixyer.com", facts.Email);
        Assert.Equal("+86 (0)20 31953664", facts.Phone);
        Assert.Contains("People's Republic of China", facts.GoverningLaw, StringComparison.Ordinal);
        Assert.Contains("TROLLEE Technology (Guangzhou)", facts.Jurisdiction, StringComparison.Ordinal);
        Assert.Equal("China", facts.StorageRegion);
        Assert.Contains("standard contractual clauses", facts.CrossBorderTransferMechanism, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Obligation", "L1")]
    [Trait("Obligation", "X1")]
    public async Task Controller_WhenConfigured_ShouldServeTheConfiguredFacts()
    {
        await using var configured = App.WithSettings(new()
        {
            ["Pixyer:Controller:OperatorName"] = "Pixyer Europe B.V.",
            ["Pixyer:Controller:StorageRegion"] = "European Union",
        });
        using var client = configured.CreateApiClient();

        var facts = await client.GetOkAsync<ControllerFacts>(PrivacyRequests.Controller);

        Assert.Equal("Pixyer Europe B.V.", facts.OperatorName);
        Assert.Equal("European Union", facts.StorageRegion);
        Assert.Equal("support@pixyer.com", facts.Email);
    }

    [Fact]
    [Trait("Obligation", "L1")]
    public void Controller_WhenASettingIsBlank_ShouldStopTheAppFromStarting()
    {
        using var misconfigured = App.WithSettings(new() { ["Pixyer:Controller:OperatorName"] = " " });

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.CreateApiClient());

        Assert.Contains("Pixyer:Controller", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "L1")]
    public void Controller_WhenASettingIsLongerThanTheApiServesIt_ShouldStopTheAppFromStarting()
    {
        using var misconfigured = App.WithSettings(new()
        {
            ["Pixyer:Controller:Address"] = new string('a', PrivacyControllerOptions.AddressMaxLength + 1),
        });

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.CreateApiClient());

        Assert.Contains("Pixyer:Controller: a setting is longer than the API serves it", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task PrivacyFacts_WhenClientExceedsItsRate_ShouldAnswer429Problem()
    {
        await using var strict = App.WithSettings(new() { ["Pixyer:Http:PublicReadsPerMinute"] = "1" });
        using var client = strict.CreateApiClient();

        await Expect.StatusAsync(await client.GetAsync(PrivacyRequests.Controller), HttpStatusCode.OK);
        var refused = await client.GetAsync(PrivacyRequests.Recipients);

        await Expect.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "too-many-requests");
    }
}
