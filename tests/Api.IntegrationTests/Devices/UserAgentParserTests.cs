using Pixyer.Infrastructure.Devices;

namespace Pixyer.Api.IntegrationTests.Devices;

/// <summary>The parser's tables against real User-Agent strings of the major families. No app or database needed.</summary>
[Trait("Obligation", "C9")]
public sealed class UserAgentParserTests
{
    public static TheoryData<string, string, string, string> UserAgents => new()
    {
        {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "desktop", "Chrome", "Windows"
        },
        {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
            "desktop", "Edge", "Windows"
        },
        {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0",
            "desktop", "Opera", "Windows"
        },
        { "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "desktop", "Firefox", "Linux" },
        {
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
            "desktop", "Safari", "macOS"
        },
        {
            "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "desktop", "Chrome", "ChromeOS"
        },
        {
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
            "mobile", "Safari", "iOS"
        },
        {
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
            "mobile", "Chrome", "iOS"
        },
        {
            "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
            "tablet", "Safari", "iPadOS"
        },
        {
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
            "mobile", "Chrome", "Android"
        },
        {
            "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "tablet", "Chrome", "Android"
        },
        {
            "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
            "mobile", "Samsung Internet", "Android"
        },
        { "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0", "mobile", "Firefox", "Android" },
        { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "bot", "Googlebot", "unknown" },
        {
            "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "bot", "Googlebot", "Android"
        },
        { "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "bot", "Bingbot", "unknown" },
        { "curl/8.5.0", "bot", "curl", "unknown" },
        { "SomethingElse/1.0", "unknown", "unknown", "unknown" },
    };

    [Theory]
    [MemberData(nameof(UserAgents))]
    public void Parse_ShouldNameDeviceTypeBrowserAndSystem(string userAgent, string deviceType, string browser, string system) =>
        Assert.Equal(new DeviceFacts(deviceType, browser, system), UserAgentParser.Parse(userAgent));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_WhenNoUserAgent_ShouldAnswerUnknown(string? userAgent) =>
        Assert.Equal(new DeviceFacts("unknown", "unknown", "unknown"), UserAgentParser.Parse(userAgent));

    [Theory]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Linux")]
    [InlineData("curl/8.5.0", "curl")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Unknown browser on Windows")]
    [InlineData(null, "Unknown device")]
    public void Describe_ShouldNameBrowserOnSystemForTheSessionList(string? userAgent, string expected) =>
        Assert.Equal(expected, UserAgentParser.Describe(userAgent));
}
