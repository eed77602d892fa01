namespace Pixyer.Infrastructure.Devices;

/// <summary>
/// A small table-driven reading of a User-Agent: browser family and operating system, never versions or the
/// raw string (no parser package is available here, and the session list needs no more).
/// </summary>
public static class UserAgentParser
{
    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    private static readonly (string Token, string Browser)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Chromium/", "Chromium"),
        ("Safari/", "Safari"), ("curl/", "curl"), ("PostmanRuntime/", "Postman"),
    ];

    private static readonly (string Token, string System)[] Systems =
    [
        ("Windows", "Windows"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Android", "Android"), ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public static string Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "Unknown device";
        }

        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.OrdinalIgnoreCase)).Browser;
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.OrdinalIgnoreCase)).System;
        return (browser, system) switch
        {
            (null, null) => "Unknown device",
            (not null, null) => browser,
            (null, not null) => $"Unknown browser on {system}",
            _ => $"{browser} on {system}",
        };
    }
}
