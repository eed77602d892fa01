using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Accounts;

namespace Pixyer.Api.IntegrationTests.Browser;

/// <summary>The signed-in pages of the privacy centre in Chromium: profile, recipients, sessions, and a changed policy.</summary>
public sealed class PrivacyCentreAccountTests(PixyerApiFactory app, Chromium chromium) : BrowserTest(app, chromium)
{
    private readonly Screenshots screenshots = new(nameof(A_person_corrects_the_profile_sees_the_recipients_ends_sessions_and_accepts_a_changed_policy));

    [Fact]
    [Trait("Obligation", "G1")]
    [Trait("Obligation", "G3")]
    [Trait("Obligation", "S3")]
    [Trait("Obligation", "V1")]
    public async Task A_person_corrects_the_profile_sees_the_recipients_ends_sessions_and_accepts_a_changed_policy()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync(); // its bearer session is "another device"
        await DiscloseToAPartnerAsync(admin, me);

        await OpenAsync("/login");
        await Button("Reject all").ClickAsync();
        await Page.GetByLabel("Email address").FillAsync(me.User.Email);
        await Page.GetByLabel("Password").FillAsync(me.User.Password);
        await Button("Log in").ClickAsync();
        await Assertions.Expect(Heading($"Hello, {me.User.Username}")).ToBeVisibleAsync();

        await CorrectTheUsernameAsync();
        await SeeTheRecipientAsync();
        await EndTheOtherSessionAsync(me);
        await AcceptAChangedPolicyAsync(admin);
        await LogOutEverywhereAsync(me);

        AssertNothingLeftTheOrigin();
        AssertNoPageErrors();
    }

    private static async Task DiscloseToAPartnerAsync(SignedIn admin, SignedIn me)
    {
        var partner = await admin.Client.RegisterRecipientAsync("print-partner", "business_needs", name: "Print Partner Co.");
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/me/consents/third_party_sharing", new { granted = true }), HttpStatusCode.OK);
        var disclosed = await admin.Client.PostAsJsonAsync("/api/v1/admin/disclosures", new
        {
            subjectId = me.User.Id,
            recipientId = partner.Id,
            purpose = "service_provision",
            legalBasis = "consent",
            dataCategories = new[] { "identity", "contact" },
            reference = "print-order-17",
        });
        await Expect.StatusAsync(disclosed, HttpStatusCode.Created);
    }

    private async Task CorrectTheUsernameAsync()
    {
        var corrected = Unique("renamed");
        await Link("Profile").ClickAsync();
        await Page.GetByLabel("Username").FillAsync(corrected);
        await Button("Save corrections").ClickAsync();

        await Assertions.Expect(Page.Locator("dl.facts")).ToContainTextAsync(corrected);
        await Assertions.Expect(Page.GetByRole(AriaRole.Banner)).ToContainTextAsync($"Signed in as {corrected}");
        await screenshots.TakeAsync(Page, "profile-corrected");
    }

    private async Task SeeTheRecipientAsync()
    {
        await Link("Who received my data").ClickAsync();

        var row = Page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Print Partner Co." });
        await Assertions.Expect(row).ToContainTextAsync("identity, contact");
        await Assertions.Expect(row).ToContainTextAsync("service provision");
        await screenshots.TakeAsync(Page, "who-received-my-data");
    }

    private async Task EndTheOtherSessionAsync(SignedIn me)
    {
        await Link("Sessions").ClickAsync();
        var rows = Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
        await Assertions.Expect(rows).ToHaveCountAsync(3); // the header, this browser, the other device
        await screenshots.TakeAsync(Page, "sessions");

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "End the session on" }).ClickAsync();

        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("(this browser)");
        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    private async Task AcceptAChangedPolicyAsync(SignedIn admin)
    {
        const string version = "2027-01-significant";
        var published = await admin.Client.PostAsJsonAsync("/api/v1/admin/policies", new
        {
            version,
            effectiveAt = App.Clock.GetUtcNow().AddMinutes(1),
            significant = true,
            text = $"Pixyer privacy policy, version {version}: what changed and why.",
        });
        await Expect.StatusAsync(published, HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        // What the policy holds back sends the person to the new text; what it allows still works meanwhile.
        await OpenAsync("/account/profile");
        await Page.GetByLabel("Username").FillAsync(Unique("held"));
        await Button("Save corrections").ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync($"{Live.BaseUrl}/account/policy");
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Privacy policy text" })).ToContainTextAsync("what changed and why");
        await screenshots.TakeAsync(Page, "policy-acceptance");
        await Link("Consents").ClickAsync();
        var notice = Page.GetByRole(AriaRole.Main).GetByText($"The privacy policy changed (version {version})");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Link("Review the new policy").ClickAsync();
        await Button($"I accept version {version}").ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync($"{Live.BaseUrl}/account");
        await Assertions.Expect(notice).ToHaveCountAsync(0);
        await Link("Profile").ClickAsync();
        var renamed = Unique("free");
        await Page.GetByLabel("Username").FillAsync(renamed);
        await Button("Save corrections").ClickAsync();
        await Assertions.Expect(Page.Locator("dl.facts")).ToContainTextAsync(renamed);
        await screenshots.TakeAsync(Page, "policy-accepted");
    }

    private async Task LogOutEverywhereAsync(SignedIn me)
    {
        await Link("Sessions").ClickAsync();
        await Button("Log out everywhere").ClickAsync();

        await Assertions.Expect(Heading("Log in")).ToBeVisibleAsync();
        var active = await WithDatabaseAsync(db => db.Sessions.CountAsync(s => s.AccountId == new AccountId(me.User.Id) && s.RevokedAt == null));
        Assert.Equal(0, active);
        await OpenAsync("/account");
        await Assertions.Expect(Page).ToHaveURLAsync($"{Live.BaseUrl}/login?next=%2Faccount");
    }
}
