using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Bench;

/// <summary>What the reclaims of one measured run cost: calls, the time inside them, the slowest, and how many said busy.</summary>
internal sealed record ReclaimStats(int Calls, TimeSpan Time, TimeSpan Slowest, int Unfinished);

/// <summary>
/// Bench-only, for the erasure scenario: counts and times every <see cref="IPhysicalErasure.ReclaimAsync"/> (the
/// committed hook after each erasure or anonymization batch) and can turn it into a no-op, and on SQLite can turn
/// the connections' <c>secure_delete</c> off, so that one API process measures the loop with and without them.
/// </summary>
internal sealed class ReclaimProbe
{
    private readonly Lock gate = new();
    private int calls;
    private int unfinished;
    private TimeSpan time;
    private TimeSpan slowest;

    /// <summary>False: ReclaimAsync returns true at once, without reclaiming.</summary>
    public bool Reclaims { get; private set; } = true;

    /// <summary>False: every SQLite connection the API opens runs <c>PRAGMA secure_delete=OFF</c> after the API's own ON.</summary>
    public bool SecureDelete { get; private set; } = true;

    /// <summary>
    /// Replaces the API's <see cref="IPhysicalErasure"/> registration by the timing decorator around the same
    /// implementation (same lifetime, built from the same scope, so it uses that scope's DbContext), and adds the
    /// secure-delete switch to the SQLite DbContext (after the API's interceptor, so its pragma is sent last).
    /// </summary>
    public void Register(IServiceCollection services)
    {
        ServiceSwap.Wrap<IPhysicalErasure>(services, (_, inner) => new TimedPhysicalErasure(inner(), this));
        services.ConfigureDbContext<SqlitePixyerDbContext>(o => o.AddInterceptors(new SecureDeleteSwitch(this)));
    }

    /// <summary>Starts a measured run: counters at zero, the reclaim and secure_delete on or off.</summary>
    public void Start(bool reclaims, bool secureDelete)
    {
        lock (gate)
        {
            (calls, unfinished, time, slowest) = (0, 0, TimeSpan.Zero, TimeSpan.Zero);
            (Reclaims, SecureDelete) = (reclaims, secureDelete);
        }
    }

    /// <summary>The run's figures; the production settings again for whatever runs next.</summary>
    public ReclaimStats Stop()
    {
        lock (gate)
        {
            (Reclaims, SecureDelete) = (true, true);
            return new ReclaimStats(calls, time, slowest, unfinished);
        }
    }

    private void Record(TimeSpan elapsed, bool finished)
    {
        lock (gate)
        {
            calls++;
            time += elapsed;
            slowest = elapsed > slowest ? elapsed : slowest;
            unfinished += finished ? 0 : 1;
        }
    }

    private sealed class TimedPhysicalErasure(IPhysicalErasure inner, ReclaimProbe probe) : IPhysicalErasure
    {
        public async Task<bool> ReclaimAsync(IReadOnlyCollection<Type> erasedEntities, CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            var finished = !probe.Reclaims || await inner.ReclaimAsync(erasedEntities, cancellationToken);
            probe.Record(Stopwatch.GetElapsedTime(started), finished);
            return finished;
        }
    }

    private sealed class SecureDeleteSwitch(ReclaimProbe probe) : DbConnectionInterceptor
    {
        private const string Off = "PRAGMA secure_delete=OFF;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (!probe.SecureDelete)
            {
                using var command = connection.CreateCommand();
                command.CommandText = Off;
                command.ExecuteNonQuery();
            }
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (!probe.SecureDelete)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Off;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
