using OpenTelemetry.Resources;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.Telemetry;

/// <summary>Names the node in every span and metric (<c>service.instance.id</c>) as its job runs and claimed items do.</summary>
internal sealed class NodeInstanceDetector(NodeIdentity node) : IResourceDetector
{
    public Resource Detect() => new([new KeyValuePair<string, object>("service.instance.id", node.Id)]);
}
