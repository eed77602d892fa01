using System.Diagnostics.Metrics;
using Pixyer.Application.Common.Telemetry;
using Pixyer.Application.Features.Operations.GetQueueDepths;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Infrastructure.Telemetry;

/// <summary>
/// The gauges of what waits for the workers: <c>pixyer.queue.depth</c> per queue (generation, export, erasure,
/// outbox, audit) and <c>pixyer.audit.sequencer.lag</c>. They are read only when a metrics reader collects, and then
/// from a snapshot at most <see cref="RefreshInterval"/> old, so that frequent collection (or several readers) costs
/// one round of counts per interval, and none at all without an exporter.
/// </summary>
public sealed class QueueDepthGauges
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(15);

    private readonly SystemCommands system;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private QueueDepths? snapshot;
    private DateTimeOffset snapshotAt;

    public QueueDepthGauges(IMeterFactory meters, SystemCommands system, TimeProvider clock)
    {
        this.system = system;
        this.clock = clock;
        var meter = meters.Create(PixyerTelemetry.MeterName);
        meter.CreateObservableGauge("pixyer.queue.depth", Depths, "{item}", "Items waiting for a worker, per queue");
        meter.CreateObservableGauge(
            "pixyer.audit.sequencer.lag", () => Read().SequencerLag.TotalSeconds, "s",
            "How long the oldest committed audit entry has waited to join the signed log");
    }

    private IEnumerable<Measurement<int>> Depths()
    {
        var depths = Read();
        return
        [
            Depth(depths.Generations, "generation"),
            Depth(depths.Exports, "export"),
            Depth(depths.Erasures, "erasure"),
            Depth(depths.OutboxMessages, "outbox"),
            Depth(depths.UnsequencedAuditEntries, "audit"),
        ];
    }

    private static Measurement<int> Depth(int count, string queue) => new(count, new KeyValuePair<string, object?>("pixyer.queue", queue));

    private QueueDepths Read()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (snapshot is null || now - snapshotAt >= RefreshInterval)
            {
                // A reader collects on its own thread, never a request's: waiting here holds up no caller.
                snapshot = system.QueryAsync(new GetQueueDepthsQuery(), CancellationToken.None).GetAwaiter().GetResult();
                snapshotAt = now;
            }

            return snapshot;
        }
    }
}
