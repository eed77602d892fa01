using System.Diagnostics;
using OpenTelemetry;

namespace Pixyer.Api.Telemetry;

/// <summary>
/// Takes out of every finished span what may identify a person, whatever an instrumentation's defaults or its
/// opt-in switches (<c>OTEL_DOTNET_EXPERIMENTAL_*</c>) are: query strings (mailed links carry <c>?token=</c>),
/// client addresses, user agents, headers, database parameter values, and status descriptions (an exception's
/// message may quote a value). Paths stay: Pixyer's routes carry ids at most.
/// </summary>
public sealed class PersonalDataRedaction : BaseProcessor<Activity>
{
    private static readonly HashSet<string> DroppedTags =
    [
        "url.query", "client.address", "client.port", "network.peer.address", "network.peer.port",
        "user_agent.original", "http.client_ip", "enduser.id",
    ];

    private static readonly string[] DroppedPrefixes = ["db.query.parameter.", "http.request.header.", "http.response.header."];

    public override void OnEnd(Activity data)
    {
        foreach (var (key, value) in data.TagObjects.ToArray())
        {
            if (DroppedTags.Contains(key) || DroppedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                data.SetTag(key, null);
            }
            else if (key is "url.full" or "http.url" && value is string url)
            {
                data.SetTag(key, WithoutQuery(url));
            }
        }

        if (data.StatusDescription is not null)
        {
            data.SetStatus(data.Status);
        }
    }

    private static string WithoutQuery(string url) => url.Split('?', 2)[0];
}
