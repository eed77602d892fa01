namespace Pixyer.Infrastructure.Devices;

/// <summary>
/// A small table-driven reading of a User-Agent: device type, browser family and operating system, never
/// versions or the raw string (no parser package is available here, and the session list and access log need no
/// more). Each table is read top down and the first token found wins, so the more specific tokens come first.
/// </summary>
public static class UserAgentParser
{
    /// <summary>Crawlers and scripted clients; they are named as the browser and typed as bots.</summary>
    private static readonly (string Token, string Name)[] Bots =
    [
        ("Googlebot", "Googlebot"), ("bingbot", "Bingbot"), ("DuckDuckBot", "DuckDuckBot"), ("YandexBot", "YandexBot"),
        ("Baiduspider", "Baiduspider"), ("Applebot", "Applebot"), ("facebookexternalhit", "Facebook crawler"),
        ("curl/", "curl"), ("Wget/", "Wget"), ("python-requests/", "python-requests"), ("PostmanRuntime/", "Postman"),
        ("bot/", "Other bot"), ("crawler", "Other bot"), ("spider", "Other bot"),
    ];

    // Edge, Opera and Samsung Internet also say "Chrome"; Chrome and every iOS browser also say "Safari".
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("Edge/", "Edge"), ("EdgA/", "Edge"), ("EdgiOS/", "Edge"), ("OPR/", "Opera"), ("OPiOS/", "Opera"), ("Opera", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"),
        ("Chromium/", "Chromium"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ];

    // iOS says "like Mac OS X" and Android says "Linux", so both come before those.
    private static readonly (string Token, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("iPhone", "iOS"), ("iPod", "iOS"), ("iPad", "iPadOS"), ("Android", "Android"),
        ("CrOS", "ChromeOS"), ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    // Android phones say "Mobile" and Android tablets do not; iPadOS 13+ Safari passes for a Mac and is a desktop here.
    private static readonly (string Token, string Name)[] DeviceTypes =
    [
        ("iPad", DeviceFacts.Tablet), ("Tablet", DeviceFacts.Tablet), ("Kindle", DeviceFacts.Tablet), ("Silk/", DeviceFacts.Tablet),
        ("Mobi", DeviceFacts.Mobile), ("iPhone", DeviceFacts.Mobile), ("iPod", DeviceFacts.Mobile), ("Windows Phone", DeviceFacts.Mobile),
        ("Android", DeviceFacts.Tablet), ("Windows", DeviceFacts.Desktop), ("Macintosh", DeviceFacts.Desktop),
        ("CrOS", DeviceFacts.Desktop), ("X11", DeviceFacts.Desktop), ("Linux", DeviceFacts.Desktop),
    ];

    public static DeviceFacts Parse(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return new DeviceFacts(DeviceFacts.Unknown, DeviceFacts.Unknown, DeviceFacts.Unknown);
        }

        var system = Find(Systems, userAgent) ?? DeviceFacts.Unknown;
        return Find(Bots, userAgent) is { } bot
            ? new DeviceFacts(DeviceFacts.Bot, bot, system)
            : new DeviceFacts(Find(DeviceTypes, userAgent) ?? DeviceFacts.Unknown, Find(Browsers, userAgent) ?? DeviceFacts.Unknown, system);
    }

    /// <summary>"Browser on OS", as the session list shows a device.</summary>
    public static string Describe(string? userAgent)
    {
        var facts = Parse(userAgent);
        return (facts.Browser, facts.OperatingSystem) switch
        {
            (DeviceFacts.Unknown, DeviceFacts.Unknown) => "Unknown device",
            (_, DeviceFacts.Unknown) => facts.Browser,
            (DeviceFacts.Unknown, _) => $"Unknown browser on {facts.OperatingSystem}",
            _ => $"{facts.Browser} on {facts.OperatingSystem}",
        };
    }

    private static string? Find((string Token, string Name)[] table, string userAgent) =>
        Array.Find(table, entry => userAgent.Contains(entry.Token, StringComparison.OrdinalIgnoreCase)).Name;
}
