using System.Collections.Concurrent;

namespace Pixyer.Api.Http;

/// <summary>A named allowance of requests per client in a fixed window.</summary>
public sealed record QuotaPolicy(string Name, int Limit, TimeSpan Window);

/// <summary>What one request left of a policy's allowance, and whether it fitted in.</summary>
public sealed record QuotaState(QuotaPolicy Policy, int Remaining, TimeSpan ResetAfter, bool Allowed);

/// <summary>
/// Counts requests per policy and client in fixed windows, on the application's clock. It keeps one small window
/// per active client and policy, and drops the expired ones once per minute, so idle clients cost nothing.
/// </summary>
public sealed class RequestQuotas(TimeProvider clock)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(string Policy, string Client), Window> windows = new();
    private long nextSweepTicks;

    public QuotaState Take(QuotaPolicy policy, string client)
    {
        var now = clock.GetUtcNow();
        SweepExpired(now);
        var window = windows.GetOrAdd((policy.Name, client), _ => new Window(now, policy.Window));
        lock (window)
        {
            if (now >= window.End)
            {
                window.Restart(now, policy.Window);
            }

            var allowed = window.Used < policy.Limit;
            if (allowed)
            {
                window.Used++;
            }

            return new QuotaState(policy, policy.Limit - window.Used, window.End - now, allowed);
        }
    }

    private void SweepExpired(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref nextSweepTicks, (now + SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var (key, window) in windows)
        {
            if (now >= window.End)
            {
                windows.TryRemove(key, out _);
            }
        }
    }

    private sealed class Window(DateTimeOffset start, TimeSpan length)
    {
        public DateTimeOffset End { get; private set; } = start + length;

        public int Used { get; set; }

        public void Restart(DateTimeOffset start, TimeSpan length)
        {
            End = start + length;
            Used = 0;
        }
    }
}
