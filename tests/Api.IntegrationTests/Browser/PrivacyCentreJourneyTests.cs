using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Consent;
using Pixyer.Domain.Consents;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Browser;

/// <summary>
/// The privacy centre as a new person uses it in Chromium, from the cookie banner to the deletion certificate, with a
/// screenshot of every step. The jobs (generation, export, erasure) are run by the test when the page waits for them.
/// </summary>
public sealed partial class PrivacyCentreJourneyTests(PixyerApiFactory app, Chromium chromium) : BrowserTest(app, chromium)
{
    private readonly Screenshots screenshots = new(nameof(A_new_person_goes_from_the_cookie_banner_to_the_deletion_certificate));

    [Fact]
    [Trait("Obligation", "C1")]
    [Trait("Obligation", "G1")]
    [Trait("Obligation", "G2")]
    [Trait("Obligation", "G4")]
    [Trait("Obligation", "G3")]
    [Trait("Obligation", "K1")]
    [Trait("Obligation", "K2")]
    [Trait("Obligation", "K4")]
    [Trait("Obligation", "U9")]
    public async Task A_new_person_goes_from_the_cookie_banner_to_the_deletion_certificate()
    {
        var username = Unique("centre");
        var email = $"{username}@example.com";

        await ChooseCookiesFirstAsync();
        await RegisterInTheBrowserAsync(username, email);
        await VerifyFromTheMailedLinkAsync(username, email);
        await LogInInTheBrowserAsync(email);
        await UploadAsync();
        await GenerateAndDownloadAsync();
        await ExportAndDownloadAsync();
        await WithdrawTheBannersAnalyticsChoiceAsync();
        await UnsubscribeFromTheMailedLinkAsync(email);
        var token = await DeleteTheAccountAsync(email);
        await ReadTheCertificateFromTheMailedLinkAsync(email, token);

        AssertNothingLeftTheOrigin();
        AssertNoPageErrors();
    }

    private async Task ChooseCookiesFirstAsync()
    {
        await OpenAsync("/");
        var banner = Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Your cookie choices" });
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner.GetByLabel("Essential", new LocatorGetByLabelOptions { Exact = false })).ToBeDisabledAsync();
        await screenshots.TakeAsync(Page, "cookie-banner");

        await banner.GetByLabel("Analytics", new LocatorGetByLabelOptions { Exact = false }).CheckAsync();
        await Button("Save my choices").ClickAsync();

        await Assertions.Expect(banner).ToHaveCountAsync(0);
        await Page.ReloadAsync();
        await Assertions.Expect(Heading("Your data at Pixyer")).ToBeVisibleAsync();
        await Assertions.Expect(Heading("Your cookie choices")).ToHaveCountAsync(0);
    }

    private async Task RegisterInTheBrowserAsync(string username, string email)
    {
        await Link("Create an account").ClickAsync();
        await Assertions.Expect(Heading("Create a Pixyer account")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Privacy policy text" })).ToContainTextAsync("Pixyer");
        await Page.GetByLabel("Username").FillAsync(username);
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(GoodPassword);
        await Page.GetByLabel("Date of birth").FillAsync(DateTime.UtcNow.AddYears(-17).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("I have read and accept the privacy policy", new PageGetByLabelOptions { Exact = false }).CheckAsync();
        await Page.GetByLabel("Send me news and offers by email").CheckAsync();

        // A minor is refused, and told so next to the form; an adult gets the mail.
        await Button("Create account").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("18");
        await screenshots.TakeAsync(Page, "register-refused-under-18");

        await Page.GetByLabel("Date of birth").FillAsync("1990-05-17");
        await screenshots.TakeAsync(Page, "register");
        await Button("Create account").ClickAsync();
        await Assertions.Expect(Heading("Check your mailbox")).ToBeVisibleAsync();
        await screenshots.TakeAsync(Page, "registered");
    }

    private async Task VerifyFromTheMailedLinkAsync(string username, string email)
    {
        await Mailbox.DeliverAsync();
        var link = MailedLink(email, "verify-email");
        Assert.StartsWith($"{Live.BaseUrl}/verify-email?token=", link, StringComparison.Ordinal);

        await OpenAsync(link);

        await Assertions.Expect(Page.GetByText("Your email address is verified.")).ToBeVisibleAsync();
        Assert.Equal($"{Live.BaseUrl}/verify-email", Page.Url);
        await screenshots.TakeAsync(Page, "email-verified");
        var verified = await WithDatabaseAsync(db => db.Accounts.Where(a => a.Username == username).Select(a => a.EmailVerifiedAt).SingleAsync());
        Assert.NotNull(verified);
    }

    private async Task LogInInTheBrowserAsync(string email)
    {
        await Link("Log in").First.ClickAsync();
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(GoodPassword);
        await Button("Log in").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Account" })).ToBeVisibleAsync();
        await screenshots.TakeAsync(Page, "signed-in");
    }

    private async Task UploadAsync()
    {
        await Link("Images and visuals").ClickAsync();
        await Page.GetByLabel("Image (JPEG, PNG or WebP)").SetInputFilesAsync(new FilePayload
        {
            Name = "bottle.png",
            MimeType = "image/png",
            Buffer = TestImages.Png(640, 480),
        });
        await Button("Upload").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.List, new PageGetByRoleOptions { Name = "Your images" })
            .GetByRole(AriaRole.Img, new LocatorGetByRoleOptions { Name = "bottle.png" })).ToBeVisibleAsync();
        await screenshots.TakeAsync(Page, "uploaded");
    }

    private async Task GenerateAndDownloadAsync()
    {
        await Button("Generate").ClickAsync();
        var progress = Progress("Generation progress");
        await Assertions.Expect(progress).ToContainTextAsync("queued");
        await screenshots.TakeAsync(Page, "generation-queued");

        await Live.Services.GetRequiredService<GenerationWorker>().RunAsync("browser-test", CancellationToken.None);

        await Assertions.Expect(progress).ToContainTextAsync("succeeded: 100%");
        var generated = Page.GetByRole(AriaRole.List, new PageGetByRoleOptions { Name = "Visuals of this generation" });
        await Assertions.Expect(generated.GetByRole(AriaRole.Img)).Not.ToHaveCountAsync(0);
        await screenshots.TakeAsync(Page, "generation-succeeded");

        var download = await Page.RunAndWaitForDownloadAsync(() => generated.GetByRole(AriaRole.Link).First.ClickAsync());
        var image = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.True(TestImages.PixelAt(image, 0, 0).Alpha > 0, "The downloaded asset decodes as an image.");
        Assert.StartsWith("pixyer-", download.SuggestedFilename, StringComparison.Ordinal);
    }

    private async Task ExportAndDownloadAsync()
    {
        await Link("Download my data").ClickAsync();
        await Button("Prepare a copy of my data").ClickAsync();
        var progress = Progress("Export progress");
        await Assertions.Expect(progress).ToContainTextAsync("queued");
        await screenshots.TakeAsync(Page, "export-queued");

        await Live.Services.GetRequiredService<ExportWorker>().RunAsync("test-worker", CancellationToken.None);

        var archiveLink = Link("Download the ZIP file");
        await Assertions.Expect(archiveLink).ToBeVisibleAsync();
        await screenshots.TakeAsync(Page, "export-ready");
        var download = await Page.RunAndWaitForDownloadAsync(() => archiveLink.ClickAsync());
        var archive = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("PK"u8.ToArray(), archive[..2]);
    }

    private async Task WithdrawTheBannersAnalyticsChoiceAsync()
    {
        await Link("Consents").ClickAsync();
        var analytics = Page.GetByRole(AriaRole.Switch, new PageGetByRoleOptions { Name = Description("analytics_cookies") });
        var marketing = Page.GetByRole(AriaRole.Switch, new PageGetByRoleOptions { Name = Description("marketing_email") });
        await Assertions.Expect(analytics).ToHaveAttributeAsync("aria-checked", "true"); // the banner's choice followed the account
        await Assertions.Expect(marketing).ToHaveAttributeAsync("aria-checked", "true");
        await screenshots.TakeAsync(Page, "consents");

        await analytics.ClickAsync();

        await Assertions.Expect(analytics).ToHaveAttributeAsync("aria-checked", "false");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("withdrawn");
        await screenshots.TakeAsync(Page, "consent-withdrawn");
        Assert.False(await LatestChoiceAsync(ConsentPurpose.AnalyticsCookies));
    }

    private async Task UnsubscribeFromTheMailedLinkAsync(string email)
    {
        var link = MailedLink(email, "unsubscribe");
        Assert.StartsWith($"{Live.BaseUrl}/unsubscribe?token=", link, StringComparison.Ordinal);

        await OpenAsync(link);
        await Assertions.Expect(Page.GetByText("You receive marketing email mails", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await screenshots.TakeAsync(Page, "unsubscribe");
        await Button("Unsubscribe").ClickAsync();

        await Assertions.Expect(Page.GetByText("you will receive no more marketing email mails", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await screenshots.TakeAsync(Page, "unsubscribed");
        Assert.False(await LatestChoiceAsync(ConsentPurpose.MarketingEmail));
    }

    private Task<bool> LatestChoiceAsync(ConsentPurpose purpose) =>
        WithDatabaseAsync(db => db.ConsentEvents
            .Where(e => e.Purpose == purpose && e.SubjectId != null && e.Scope == null)
            .OrderByDescending(e => e.Id).Select(e => e.Granted).FirstAsync());

    private async Task<string> DeleteTheAccountAsync(string email)
    {
        await OpenAsync("/account/delete");
        await Page.GetByLabel("Your password").FillAsync(GoodPassword);
        await screenshots.TakeAsync(Page, "delete-account");
        await Button("Delete my account").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Main).GetByText("Your account is closed.", new LocatorGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(Link("Log in").First).ToBeVisibleAsync();
        await screenshots.TakeAsync(Page, "account-closed");

        var mail = await Mailbox.DeliverAndReadLastAsync(email);
        Assert.Equal("Your Pixyer account is being deleted", mail.Subject);
        return TokenLine().Match(mail.TextBody ?? "").Groups[1].Value;
    }

    private async Task ReadTheCertificateFromTheMailedLinkAsync(string email, string token)
    {
        var link = MailedLink(email, "deletion");
        Assert.Matches($"^{Regex.Escape(Live.BaseUrl)}/deletion/[0-9a-f-]{{36}}$", link);
        await Live.Services.GetRequiredService<ErasureWorker>().RunAsync("test-worker", CancellationToken.None);

        await OpenAsync(link);
        await Page.GetByLabel("Token from the mail").FillAsync(token);
        await Button("Show the deletion request").ClickAsync();

        await Assertions.Expect(Heading("Deletion certificate")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Nothing of your personal data was found after erasure.", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await screenshots.TakeAsync(Page, "deletion-certificate");
    }

    private ILocator Progress(string name) =>
        Page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = name }).GetByRole(AriaRole.Status);

    private static string Description(string purpose) => ConsentPurposes.PurposeWide.Single(p => p.Name == purpose).Description;

    /// <summary>The newest link in the mails to <paramref name="address"/> to a page whose path starts with <paramref name="page"/>, as the mail prints it.</summary>
    private string MailedLink(string address, string page) =>
        Mailbox.To(address).Reverse()
            .Select(mail => Regex.Match(mail.TextBody ?? "", $@"https?://[^\s/]+/{page}[^\s)]*"))
            .FirstOrDefault(match => match.Success)?.Value
        ?? throw new InvalidOperationException($"No mail to {address} has a /{page} link.");

    [GeneratedRegex(@"Token:\s+(\S+)")]
    private static partial Regex TokenLine();
}
