using Microsoft.Playwright;

namespace Pixyer.Api.IntegrationTests.Browser;

/// <summary>
/// One headless Chromium per test class: the system's browser (Debian's <c>chromium</c> package, or the one named by
/// <c>PIXYER_CHROMIUM</c>), driven by Playwright's own driver from the NuGet package; Playwright never downloads a browser.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string DefaultPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("PIXYER_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath}: `sudo apt-get install chromium` (or set PIXYER_CHROMIUM).");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in a CI container has no user namespaces for Chromium's sandbox.
            ChromiumSandbox = false,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
