using Microsoft.Playwright;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Browser;

/// <summary>
/// Obligation P1 for the privacy centre's pages: each is sent with a Content-Security-Policy that allows no inline
/// script or style and no other origin, the app still works under it (Chromium enforces it), and nothing is fetched
/// from anywhere but Pixyer.
/// </summary>
public sealed class PrivacyCentreSecurityTests(PixyerApiFactory app, Chromium chromium) : BrowserTest(app, chromium)
{
    public static TheoryData<string> Pages() =>
    [
        "/",
        "/register",
        "/login",
        "/policy",
        "/verify-email?token=not-a-token",
        "/unsubscribe?token=not-a-token",
        $"/deletion/{Guid.NewGuid()}",
        "/account/consents",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    [Trait("Obligation", "P1")]
    public async Task A_page_is_sent_with_a_policy_without_unsafe_inline_and_fetches_nothing_from_another_origin(string page)
    {
        var response = await OpenAsync(page);

        var policy = await response.HeaderValueAsync("content-security-policy");
        Assert.NotNull(policy);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Your cookie choices" })).ToBeVisibleAsync();
        Assert.Contains(Requests, url => url.Contains("/api/v1/", StringComparison.Ordinal));
        AssertNothingLeftTheOrigin();
        AssertNoPageErrors();
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task An_inline_script_injected_into_a_page_is_refused_by_the_browser()
    {
        await OpenAsync("/");

        var report = await Page.RunAndWaitForConsoleMessageAsync(
            () => Page.EvaluateAsync("""
                () => {
                  const script = document.createElement('script');
                  script.textContent = 'window.injected = true';
                  document.body.append(script);
                }
                """),
            new PageRunAndWaitForConsoleMessageOptions { Predicate = message => message.Text.Contains("Content Security Policy", StringComparison.Ordinal) });

        Assert.Contains("script-src", report.Text, StringComparison.Ordinal);
        Assert.False(await Page.EvaluateAsync<bool>("() => window.injected === true"));
    }
}
