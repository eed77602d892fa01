using System.Linq.Expressions;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.AccessLog;

/// <summary>
/// One request of an identified subject (obligation C9): when, which endpoint (its route template, never the raw
/// path or query string), from where and with what device. The full IP is kept for 30 days, then truncated.
/// </summary>
public sealed class AccessLogEntry
{
    /// <summary>How long the full IP address is kept before <see cref="TruncateIp"/>.</summary>
    public static readonly TimeSpan FullIpRetention = TimeSpan.FromDays(30);

    public const string Unknown = "unknown";

    private AccessLogEntry()
    {
    }

    public AccessLogEntryId Id { get; private set; }

    public AccountId SubjectId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Method { get; private set; } = "";

    public string RouteTemplate { get; private set; } = "";

    [PersonalData]
    public string IpAddress { get; private set; } = "";

    public bool IpTruncated { get; private set; }

    /// <summary>desktop, mobile, tablet, bot or unknown.</summary>
    [PersonalData]
    public string DeviceType { get; private set; } = "";

    [PersonalData]
    public string Browser { get; private set; } = "";

    [PersonalData]
    public string OperatingSystem { get; private set; } = "";

    /// <summary>ISO 3166 country code, or <see cref="Unknown"/>.</summary>
    [PersonalData]
    public string Country { get; private set; } = "";

    public int StatusCode { get; private set; }

    public static AccessLogEntry Record(
        AccountId subjectId,
        DateTimeOffset occurredAt,
        string method,
        string routeTemplate,
        string? ipAddress,
        string deviceType,
        string browser,
        string operatingSystem,
        string country,
        int statusCode) =>
        new()
        {
            Id = AccessLogEntryId.New(occurredAt),
            SubjectId = subjectId,
            OccurredAt = occurredAt,
            Method = method,
            RouteTemplate = routeTemplate,
            IpAddress = string.IsNullOrWhiteSpace(ipAddress) ? Unknown : ipAddress,
            DeviceType = deviceType,
            Browser = browser,
            OperatingSystem = operatingSystem,
            Country = country,
            StatusCode = statusCode,
        };

    /// <summary>Entries whose full address has been kept for <see cref="FullIpRetention"/> at <paramref name="now"/>.</summary>
    public static Expression<Func<AccessLogEntry, bool>> DueForTruncationAt(DateTimeOffset now)
    {
        var cutoff = now - FullIpRetention;
        return e => !e.IpTruncated && e.OccurredAt < cutoff;
    }

    public void TruncateIp()
    {
        IpAddress = IpTruncation.Truncate(IpAddress);
        IpTruncated = true;
    }
}
