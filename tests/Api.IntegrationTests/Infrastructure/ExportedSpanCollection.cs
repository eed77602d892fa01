using System.Collections;
using System.Diagnostics;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The spans the test hosts' in-memory exporter received since the last reset. Spans end on the server's threads
/// and jobs' threads while a test reads, so every access takes the lock.
/// </summary>
public sealed class ExportedSpanCollection : ICollection<Activity>
{
    private readonly List<Activity> spans = [];
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return spans.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    /// <summary>The spans of one trace, once one of them satisfies <paramref name="ended"/> (a server span ends after its answer is read).</summary>
    public async Task<IReadOnlyList<Activity>> TraceAsync(ActivityTraceId traceId, Func<Activity, bool> ended)
    {
        await Eventually.TrueAsync(() => Snapshot().Any(s => s.TraceId == traceId && ended(s)));
        return [.. Snapshot().Where(s => s.TraceId == traceId)];
    }

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (gate)
        {
            return [.. spans];
        }
    }

    public void Add(Activity item)
    {
        lock (gate)
        {
            spans.Add(item);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            spans.Clear();
        }
    }

    public bool Contains(Activity item) => Snapshot().Contains(item);

    public void CopyTo(Activity[] array, int arrayIndex) => Snapshot().ToList().CopyTo(array, arrayIndex);

    public bool Remove(Activity item)
    {
        lock (gate)
        {
            return spans.Remove(item);
        }
    }

    public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
