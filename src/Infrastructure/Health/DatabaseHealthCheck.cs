using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Health;

internal sealed class DatabaseHealthCheck(PixyerDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{db.Provider} reachable")
            : HealthCheckResult.Unhealthy($"{db.Provider} unreachable");
}
