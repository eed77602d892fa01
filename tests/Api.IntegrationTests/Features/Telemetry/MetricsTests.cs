using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Pixyer.Api.IntegrationTests.Features.Contacts;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Telemetry;
using Pixyer.Infrastructure.Telemetry;

namespace Pixyer.Api.IntegrationTests.Features.Telemetry;

/// <summary>What an operator reads off Pixyer's meter: what waits for the workers, and what was refused.</summary>
[Trait("Obligation", "P1")]
public sealed class MetricsTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public async Task QueueDepth_ShouldCountAnExportOnceItIsRequested()
    {
        var person = await SignUpAsync();
        using var depth = Collect<int>(App, "pixyer.queue.depth");
        var before = ExportDepth(depth);

        await Expect.StatusAsync(await person.Client.PostAsync("/api/v1/me/exports", null), HttpStatusCode.Accepted);

        Assert.Equal(before + 1, ExportDepth(depth));
    }

    [Fact]
    public async Task SequencerLag_ShouldBeHowLongTheOldestCommittedAuditEntryHasWaited_AndZeroOnceItIsSequenced()
    {
        await SignUpAsync();
        await AuditLog.SequenceAsync(App.Services);
        using var lag = Collect<double>(App, "pixyer.audit.sequencer.lag");
        Assert.Equal(0, Observe(lag));

        await SignUpAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.InRange(Observe(lag), 60 + QueueDepthGauges.RefreshInterval.TotalSeconds, double.MaxValue);
        await AuditLog.SequenceAsync(App.Services);
        Assert.Equal(0, Observe(lag));
    }

    [Fact]
    public async Task RateLimitRejection_ShouldBeCountedUnderTheAllowanceThatWasUsedUp()
    {
        await using var api = App.WithSettings(new() { ["Pixyer:Http:RequestsPerMinute"] = "1" });
        using var client = api.CreateApiClient();
        using var rejections = Collect<long>(api, "pixyer.rate_limit.rejections");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/plans")).StatusCode);
        Assert.Empty(rejections.GetMeasurementSnapshot());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/v1/plans")).StatusCode);

        var rejection = Assert.Single(rejections.GetMeasurementSnapshot());
        Assert.Equal(1, rejection.Value);
        Assert.Equal("requests", rejection.Tags["pixyer.rate_limit.policy"]);
    }

    [Fact]
    public async Task ConsentDenial_ShouldBeCountedUnderThePurposeThatWasMissing()
    {
        var me = await SignUpAsync();
        using var denials = Collect<long>(App, "pixyer.consent.denials");

        await Expect.ProblemAsync(
            await me.Client.PostAsync("/api/v1/me/contacts/imports", ContactFiles.Form(ContactFiles.ThreeContacts, ContactFiles.VCardType)),
            HttpStatusCode.Forbidden,
            "consent-required");

        var denial = Assert.Single(denials.GetMeasurementSnapshot());
        Assert.Equal("contacts_import", denial.Tags["pixyer.consent.purpose"]);
        Assert.Equal("refused", denial.Tags["pixyer.consent.outcome"]);
    }

    /// <summary>Only what this host's meter publishes, not another test host's.</summary>
    private static MetricCollector<T> Collect<T>(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string instrument)
        where T : struct =>
        new(host.Services.GetRequiredService<IMeterFactory>(), PixyerTelemetry.MeterName, instrument);

    private int ExportDepth(MetricCollector<int> depth) =>
        Observe(depth, m => (string?)m.Tags["pixyer.queue"] == "export");

    /// <summary>The gauge as a reader collecting now would see it: past the snapshot's age, so the counts are read again.</summary>
    private T Observe<T>(MetricCollector<T> gauge, Func<CollectedMeasurement<T>, bool>? which = null)
        where T : struct
    {
        App.Clock.Advance(QueueDepthGauges.RefreshInterval);
        gauge.RecordObservableInstruments();
        return gauge.GetMeasurementSnapshot().Last(which ?? (_ => true)).Value;
    }
}
