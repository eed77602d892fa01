using System.Collections.Concurrent;
using Microsoft.Playwright;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Browser;

/// <summary>
/// A test in a real browser against the app on a real port (<see cref="LiveApi"/>): one fresh browser context (no
/// cookies) per test, every request the page makes recorded, and every script error and CSP violation kept.
/// </summary>
public abstract class BrowserTest(PixyerApiFactory app, Chromium chromium) : ApiTest(app), IClassFixture<Chromium>, IAsyncLifetime
{
    private LiveApi? live;
    private IBrowserContext? context;

    protected LiveApi Live => live ?? throw new InvalidOperationException("Not started.");

    protected IPage Page { get; private set; } = null!;

    /// <summary>Settings the live app starts with on top of the run's.</summary>
    protected virtual Dictionary<string, string>? LiveSettings => null;

    /// <summary>The URL of every request the browser made, in order.</summary>
    protected ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Uncaught script errors and the console's Content-Security-Policy reports.</summary>
    protected ConcurrentQueue<string> PageErrors { get; } = new();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        live = LiveApi.Start(App, LiveSettings);
        context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Live.BaseUrl,
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
        });
        context.Request += (_, request) => Requests.Enqueue(request.Url);
        Page = await context.NewPageAsync();
        Page.PageError += (_, error) => PageErrors.Enqueue(error);
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                PageErrors.Enqueue(message.Text);
            }
        };
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
        }

        if (live is not null)
        {
            await live.DisposeAsync();
        }

        await DisposeAsync();
    }

    /// <summary>Opens a page of the centre and waits until the app has rendered its heading.</summary>
    protected async Task<IResponse> OpenAsync(string pathOrUrl)
    {
        var response = await Page.GotoAsync(pathOrUrl) ?? throw new InvalidOperationException($"No response for {pathOrUrl}.");
        await Assertions.Expect(Page.Locator("main h1")).ToBeVisibleAsync();
        return response;
    }

    protected ILocator Heading(string name) => Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = name });

    protected ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });

    protected ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = name, Exact = true });

    protected void AssertNothingLeftTheOrigin() =>
        Assert.All(Requests, url => Assert.True(
            url.StartsWith(Live.BaseUrl + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal),
            $"The page requested {url}, outside {Live.BaseUrl}."));

    protected void AssertNoPageErrors() => Assert.True(PageErrors.IsEmpty, string.Join(Environment.NewLine, PageErrors));
}
