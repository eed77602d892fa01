using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Pixyer.Api.Endpoints;

public sealed class HealthEndpoints : IEndpointGroup
{
    /// <summary>At the root, where orchestrators probe, outside the versioned API.</summary>
    public bool IsVersioned => false;

    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public void Map(IEndpointRouteBuilder routes)
    {
        // Liveness runs no check: the process answers. Readiness checks the database and the scheduler.
        routes.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).WithTags("Operations");
        routes.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") })
            .WithTags("Operations");
    }
}
