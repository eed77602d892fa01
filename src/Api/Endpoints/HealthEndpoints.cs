using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Pixyer.Api.Endpoints;

public sealed class HealthEndpoints : IEndpointGroup
{
    /// <summary>At the root, where orchestrators probe, outside the versioned API.</summary>
    public bool IsVersioned => false;

    public void Map(IEndpointRouteBuilder routes)
    {
        // Liveness runs no check: the process answers. Readiness checks the database and the scheduler.
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithTags("Operations");
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") })
            .WithTags("Operations");
    }
}
