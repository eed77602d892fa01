using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Pixyer.Application.Common.Telemetry;
using Pixyer.Infrastructure.Jobs;
using Pixyer.Infrastructure.Telemetry;
using Quartz.Diagnostics;

namespace Pixyer.Api.Telemetry;

/// <summary>
/// Traces of ASP.NET Core, HttpClient, EF Core (both providers), Quartz and the mediator pipeline, and metrics of
/// the same plus the runtime and Pixyer's own meter. Exported over OTLP when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads its other <c>OTEL_EXPORTER_OTLP_*</c> settings
/// itself); otherwise nothing leaves the process, though the providers exist for whatever exporter is added.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "pixyer-api";

    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddPixyerTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exportsOverOtlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(ServiceName, autoGenerateServiceInstanceId: false)
                .AddDetector(provider => new NodeInstanceDetector(provider.GetRequiredService<NodeIdentity>())))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(PixyerTelemetry.MediatorSourceName, QuartzInstrumentation.ActivitySourceName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    // Before any exporter, so that none sees what it removes.
                    .AddProcessor(new PersonalDataRedaction());
                if (exportsOverOtlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(PixyerTelemetry.MeterName, QuartzInstrumentation.MeterName, "System.Runtime", "Npgsql")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddInstrumentation(provider => provider.GetRequiredService<QueueDepthGauges>());
                if (exportsOverOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
