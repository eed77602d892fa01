using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Pixyer.Bench;

/// <summary>CPU used over a span, in cores (1.0: one core busy the whole span); null where it could not be read.</summary>
internal sealed record CpuUse(double Process, double? Postgres, double? Machine);

/// <summary>
/// The server's sessions of the bench database over a span, sampled from <c>pg_stat_activity</c>: per state or wait
/// (<c>running</c>: active on the CPU; <c>Lock:advisory</c>, <c>IO:WALSync</c>, ...: active and waiting on that;
/// <c>idle in transaction</c>: the app holds a transaction open between statements), the sessions summed over the
/// samples; and the most sessions seen waiting on a heavyweight lock at once.
/// </summary>
internal sealed record Sessions(int Samples, Dictionary<string, long> Counts, int MostWaitingOnLock)
{
    public double Mean(string state) => Samples == 0 ? 0 : Counts.GetValueOrDefault(state) / (double)Samples;

    /// <summary>Sessions doing something (running, waiting, or in a transaction), on average.</summary>
    public double Busy => Counts.Keys.Sum(Mean);

    public double WaitingOnLock => Counts.Where(c => c.Key.StartsWith("Lock:", StringComparison.Ordinal)).Sum(c => Mean(c.Key));

    public static Sessions Sum(IReadOnlyList<Sessions> all) => new(
        all.Sum(s => s.Samples),
        all.SelectMany(s => s.Counts).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value)),
        all.Max(s => s.MostWaitingOnLock));
}

/// <summary>
/// Measures what a piece of work costs the machine: the CPU time of this process (the API and the bench's clients),
/// of the PostgreSQL server (its postmaster and every child, from <c>/proc</c>, exited children included through the
/// postmaster's reaped time) and of the whole machine (<c>/proc/stat</c>, other people's load included), and samples the
/// server's sessions every <see cref="SampleEvery"/> meanwhile.
/// </summary>
internal sealed class ServerProbe(string connectionString, int? postmaster)
{
    public static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(50);

    /// <summary>USER_HZ: the unit of the times in /proc on Linux.</summary>
    private const double ClockTicksPerSecond = 100;

    private const string SessionsSql = """
        SELECT CASE WHEN state = 'active' THEN coalesce(wait_event_type || ':' || wait_event, 'running') ELSE state END, count(*)::int
        FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'
        GROUP BY 1
        """;

    /// <summary>The postmaster is the parent of the bench connection's backend; none when the server is not on this machine.</summary>
    public static async Task<ServerProbe> StartAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync())!;
        var status = $"/proc/{backend.ToString(CultureInfo.InvariantCulture)}/status";
        int? postmaster = File.Exists(status)
            ? int.Parse(File.ReadLines(status).First(l => l.StartsWith("PPid:", StringComparison.Ordinal))[5..].Trim(), CultureInfo.InvariantCulture)
            : null;
        return new ServerProbe(connectionString, postmaster);
    }

    /// <param name="work">What to measure.</param>
    /// <param name="sampleSessions">False: no sampling of the sessions (its queries cost the server a little CPU), empty <see cref="Sessions"/>.</param>
    public async Task<(T Result, TimeSpan Elapsed, CpuUse Cpu, Sessions Sessions)> MeasureAsync<T>(Func<Task<T>> work, bool sampleSessions = true)
    {
        using var stop = new CancellationTokenSource();
        var sampler = sampleSessions ? SampleAsync(stop.Token) : Task.FromResult(new Sessions(0, [], 0));
        var before = Read();
        var started = Stopwatch.GetTimestamp();
        var result = await work();
        var elapsed = Stopwatch.GetElapsedTime(started);
        var seconds = elapsed.TotalSeconds;
        var after = Read();
        await stop.CancelAsync();
        var sessions = await sampler;
        var cpu = new CpuUse(
            (after.Process - before.Process).TotalSeconds / seconds,
            after.Postgres - before.Postgres is { } postgres ? postgres / ClockTicksPerSecond / seconds : null,
            after.MachineBusy - before.MachineBusy is { } busy ? busy / ClockTicksPerSecond / seconds : null);
        return (result, elapsed, cpu, sessions);
    }

    private async Task<Sessions> SampleAsync(CancellationToken stop)
    {
        var counts = new Dictionary<string, long>();
        var (samples, mostOnLock) = (0, 0);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(SessionsSql, connection);
        while (!stop.IsCancellationRequested)
        {
            var onLock = 0;
            await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
            {
                while (await reader.ReadAsync(CancellationToken.None))
                {
                    var (state, sessions) = (reader.GetString(0), reader.GetInt32(1));
                    counts[state] = counts.GetValueOrDefault(state) + sessions;
                    onLock += state.StartsWith("Lock:", StringComparison.Ordinal) ? sessions : 0;
                }
            }

            samples++;
            mostOnLock = Math.Max(mostOnLock, onLock);
            await Task.Delay(SampleEvery, CancellationToken.None);
        }

        return new Sessions(samples, counts, mostOnLock);
    }

    private (TimeSpan Process, long? Postgres, long? MachineBusy) Read()
    {
        using var process = Process.GetCurrentProcess();
        return (process.TotalProcessorTime, PostgresTicks(), MachineBusyTicks());
    }

    /// <summary>utime + stime of the postmaster and its live children, plus cutime + cstime: the children it has reaped.</summary>
    private long? PostgresTicks()
    {
        if (postmaster is not { } pid)
        {
            return null;
        }

        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(System.IO.Path.GetFileName(directory), CultureInfo.InvariantCulture, out var candidate)
                || ReadStat(candidate) is not { } stat)
            {
                continue;
            }

            // Fields after the command's closing parenthesis: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
            if (candidate == pid)
            {
                ticks += stat[11] + stat[12] + stat[13] + stat[14];
            }
            else if (stat[1] == pid)
            {
                ticks += stat[11] + stat[12];
            }
        }

        return ticks;
    }

    private static long[]? ReadStat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ').Select(f => long.TryParse(f, CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
        }
        catch (IOException)
        {
            // The process ended meanwhile: its time is in its parent's reaped time now.
            return null;
        }
    }

    /// <summary>The machine's busy time on all cores: the first line of /proc/stat without idle and iowait.</summary>
    private static long? MachineBusyTicks()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal (guest time is already counted in user).
        return fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
    }
}
