using System.Diagnostics;

namespace Pixyer.Application.Common.Telemetry;

/// <summary>
/// The names under which Pixyer's own spans and measurements are published; the OpenTelemetry set-up subscribes to
/// them. Nothing published here carries personal data: request types, outcomes, counts and ids at most.
/// </summary>
public static class PixyerTelemetry
{
    /// <summary>The source of the mediator pipeline's spans, one per request, named by its type.</summary>
    public const string MediatorSourceName = "Pixyer.Mediator";

    public const string MeterName = "Pixyer";

    internal static readonly ActivitySource Mediator = new(MediatorSourceName);
}
