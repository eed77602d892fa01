using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Auditing;
using Pixyer.Domain.Auditing;

namespace Pixyer.Bench;

/// <summary>
/// One sequencer batch as it ended: its checkpoint's tree size, when it committed and when the checkpoint file was
/// written (<see cref="Stopwatch"/> timestamps).
/// </summary>
internal sealed record BatchMark(long TreeSize, long CommittedAt, long ArchivedAt)
{
    public TimeSpan Archive => Stopwatch.GetElapsedTime(CommittedAt, ArchivedAt);
}

/// <summary>
/// Bench only: the end of each sequencer batch. <see cref="Pixyer.Infrastructure.Auditing.AuditSequencer"/> hands every
/// committed checkpoint to <see cref="ICheckpointArchive"/>; this wraps the API's own archive (the checkpoint file),
/// unchanged, to note the moment and the time the file took, so that a run of many batches can be cut into batches.
/// </summary>
internal sealed class SequencerBatches
{
    private readonly ConcurrentQueue<BatchMark> marks = new();

    public void Register(IServiceCollection services) =>
        ServiceSwap.Wrap<ICheckpointArchive>(services, (_, archive) => new MarkingArchive(archive(), this));

    /// <summary>The batches marked since the last call, in order.</summary>
    public IReadOnlyList<BatchMark> Take()
    {
        var taken = new List<BatchMark>();
        while (marks.TryDequeue(out var mark))
        {
            taken.Add(mark);
        }

        return taken;
    }

    private sealed class MarkingArchive(ICheckpointArchive inner, SequencerBatches batches) : ICheckpointArchive
    {
        public async Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
        {
            var committed = Stopwatch.GetTimestamp();
            await inner.AppendAsync(checkpoint, cancellationToken);
            batches.marks.Enqueue(new BatchMark(checkpoint.TreeSize, committed, Stopwatch.GetTimestamp()));
        }

        public Task<IReadOnlyList<AuditCheckpoint>> ReadAllAsync(CancellationToken cancellationToken) => inner.ReadAllAsync(cancellationToken);
    }
}
