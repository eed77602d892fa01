using Pixyer.Application.Common.AccessLog;
using Pixyer.Domain.AccessLog;

namespace Pixyer.Infrastructure.Geo;

/// <summary>Used when no GeoLite2 country database is configured: every address is of unknown country.</summary>
internal sealed class NoGeoLocator : IGeoLocator
{
    public string CountryOf(string? ipAddress) => AccessLogEntry.Unknown;
}
