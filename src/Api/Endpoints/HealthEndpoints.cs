using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Pixyer.Api.Endpoints;

public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        // Liveness runs no check: the process answers. Readiness checks the database and the scheduler.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithTags("Operations");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") })
            .WithTags("Operations");
    }
}
