using Microsoft.Playwright;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Browser;

/// <summary>
/// Screenshots of each step of a browser test, kept as CI artifacts: under <c>PIXYER_SCREENSHOTS</c>, by default the
/// test project's output folder's <c>browser-screenshots</c>, in a folder per provider and test.
/// </summary>
public sealed class Screenshots(string test)
{
    private int step;

    public static string Root => Environment.GetEnvironmentVariable("PIXYER_SCREENSHOTS") is { Length: > 0 } root
        ? Path.GetFullPath(root)
        : Path.Combine(AppContext.BaseDirectory, "browser-screenshots");

    public string Folder { get; } = Path.Combine(Root, TestDatabase.Provider.ToString().ToLowerInvariant(), test);

    public async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Folder, $"{++step:00}-{name}.png"),
            FullPage = true,
        });
    }
}
