using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Advertising.ExportAdAudience;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Advertising;

namespace Pixyer.Api.IntegrationTests.Features.Advertising;

/// <summary>U3: the personalized-advertising profile exists only while its consent is granted (G4) and is the person's data.</summary>
[Trait("Obligation", "U3")]
public sealed class AdProfileTests(PixyerApiFactory app) : AdProfileTest(app)
{
    [Fact]
    [Trait("Obligation", "G4")]
    public async Task AdProfile_ShouldExistOnlyWhileTheConsentIsGranted_AndTheAudienceExportHoldOnlyConsentingPeople()
    {
        var staff = await StaffWithAdPlatformAsync();
        var consenting = await SignUpAsync();
        var never = await SignUpAsync();
        var withdrawing = await SignUpAsync();
        foreach (var person in new[] { consenting, never, withdrawing })
        {
            await GenerateAsync(person, "studio", 1);
        }

        await SetAdvertisingAsync(consenting, true);
        await SetAdvertisingAsync(withdrawing, true);

        Assert.Equal(2, await RecomputeAsync());
        var granted = await ExportAudienceAsync(staff, "template_studio");
        await SetAdvertisingAsync(withdrawing, false);
        var rowsAfterWithdrawal = await ProfileRowsAsync(withdrawing);
        var withdrawn = await ExportAudienceAsync(staff, "template_studio");

        Assert.Equal(new[] { MemberOf(consenting), MemberOf(withdrawing) }.Order(StringComparer.Ordinal), granted.Members.Order(StringComparer.Ordinal));
        Assert.Equal(0, rowsAfterWithdrawal);
        var readAfterWithdrawal = await ProfileOfAsync(withdrawing);
        Assert.Equal((false, 0, null), (readAfterWithdrawal.Consented, readAfterWithdrawal.Segments.Count, readAfterWithdrawal.ComputedAt));
        Assert.Equal([MemberOf(consenting)], withdrawn.Members);
        Assert.Equal((1, 0), (await ProfileRowsAsync(consenting), await ProfileRowsAsync(never)));
        var disclosed = await WithDatabaseAsync(db => db.Disclosures
            .Where(d => d.Reference == "ad-audience:template_studio")
            .GroupBy(d => d.SubjectId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.Value, g => g.Count));
        Assert.Equal(new Dictionary<Guid, int> { [consenting.User.Id] = 2, [withdrawing.User.Id] = 1 }, disclosed);
    }

    [Fact]
    [Trait("Obligation", "S1")]
    [Trait("Obligation", "P1")]
    public async Task AudienceExport_ShouldComeAPageAtATime_AndDiscloseOnlyThePageAnswered()
    {
        var staff = await StaffWithAdPlatformAsync();
        var people = new[] { await SignUpAsync(), await SignUpAsync() };
        foreach (var person in people)
        {
            await SetAdvertisingAsync(person, true);
        }

        await RecomputeAsync();
        var response = await staff.Client.PostAsJsonAsync($"{Audiences}?pageSize=1", new { segment = "free_plan", recipientKey = AdPlatform });
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var first = (await response.Content.ReadFromJsonAsync<AdAudience>())!;
        var tooLarge = await staff.Client.PostAsJsonAsync(
            $"{Audiences}?pageSize={PageRequest.MaxPageSize + 1}", new { segment = "free_plan", recipientKey = AdPlatform });

        Assert.Equal((1, 1, 2), (first.Page, first.PageSize, first.Total));
        var member = Assert.Single(first.Members);
        var disclosed = await WithDatabaseAsync(db => db.Disclosures.Where(d => d.Reference == "ad-audience:free_plan").Select(d => d.SubjectId).ToListAsync());
        Assert.Equal(member, MemberOf(people.Single(p => new AccountId(p.User.Id) == Assert.Single(disclosed))));
        await Expect.StatusAsync(tooLarge, HttpStatusCode.BadRequest);
    }

    [Fact]
    [Trait("Obligation", "G4")]
    public async Task AudienceExport_ShouldCheckTheConsentAgain_NotTrustAProfileThatOutlivedIt()
    {
        var staff = await StaffWithAdPlatformAsync();
        var consenting = await SignUpAsync();
        var refusing = await SignUpAsync();
        await SetAdvertisingAsync(consenting, true);
        await SetAdvertisingAsync(refusing, false);
        await RecomputeAsync();
        // A profile without a consent behind it, as a restored backup could bring back.
        await WithDatabaseAsync(db =>
        {
            db.AdProfiles.Add(AdProfile.Compute(new AccountId(refusing.User.Id), [AdSegment.FreePlan], App.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });

        var audience = await ExportAudienceAsync(staff, "free_plan");
        var mine = await ProfileOfAsync(refusing);
        await RecomputeAsync();

        Assert.Equal([MemberOf(consenting)], audience.Members);
        Assert.False(mine.Consented);
        Assert.Empty(mine.Segments);
        Assert.Equal(0, await ProfileRowsAsync(refusing));
    }

    [Fact]
    public async Task Segments_ShouldReflectTheTemplatesUsedThePlanAndTheGenerationVolumeInTheWindow()
    {
        var subscriber = await SubscribedAsync();
        var free = await SignUpAsync();
        await GenerateAsync(subscriber.User, "gradient", 3);
        await GenerateAsync(subscriber.User, "studio", 2);
        await GenerateAsync(free, "surface_shadow", 1);
        await SetAdvertisingAsync(subscriber.User, true);
        await SetAdvertisingAsync(free, true);

        var beforeComputation = await ProfileOfAsync(free);
        await RecomputeAsync();
        var computedAt = App.Clock.GetUtcNow();
        var subscribed = await ProfileOfAsync(subscriber.User);
        var occasional = await ProfileOfAsync(free);
        App.Clock.Advance(TimeSpan.FromDays(31));
        await RecomputeAsync();
        var session = await LogInAsync(free.User);
        var idle = await ProfileOfAsync(new SignedIn(free.User, session, BearerClient(session.Token)));

        Assert.Equal((true, 0, null), (beforeComputation.Consented, beforeComputation.Segments.Count, beforeComputation.ComputedAt));
        Assert.Equal(["template_studio", "template_gradient", "monthly_plan", "regular_creator"], subscribed.Segments);
        Assert.Equal(computedAt, subscribed.ComputedAt!.Value, TimeSpan.FromMicroseconds(1));
        Assert.Equal(["template_surface_shadow", "free_plan", "occasional_creator"], occasional.Segments);
        Assert.Equal(["free_plan"], idle.Segments);
        Assert.Equal(App.Clock.GetUtcNow(), idle.ComputedAt!.Value, TimeSpan.FromMicroseconds(1));
    }

    [Fact]
    [Trait("Obligation", "K2")]
    [Trait("Obligation", "G4")]
    public async Task CookieBanner_RefusingAdvertisingWhileSignedIn_ShouldDeleteTheProfileInThatRequest()
    {
        var me = await SignUpAsync();
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = false, advertising = true }), HttpStatusCode.OK);
        await RecomputeAsync();
        var before = await ProfileRowsAsync(me);

        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = false, advertising = false }), HttpStatusCode.OK);

        Assert.Equal((1, 0), (before, await ProfileRowsAsync(me)));
        Assert.False((await ProfileOfAsync(me)).Consented);
    }

    [Fact]
    [Trait("Obligation", "K2")]
    [Trait("Obligation", "G4")]
    public async Task CookieBanner_AVisitorsRefusalCarriedIntoTheAccountAtLogin_ShouldDeleteTheProfile()
    {
        var me = await SignUpAsync();
        await SetAdvertisingAsync(me, true);
        await RecomputeAsync();
        var before = await ProfileRowsAsync(me);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        using var browser = App.CreateApiClient(handleCookies: true);
        await Expect.StatusAsync(await browser.PutAsJsonAsync("/api/v1/cookie-consent", new { analytics = false, advertising = false }), HttpStatusCode.OK);

        var login = await browser.PostAsJsonAsync("/api/v1/sessions", new { email = me.User.Email, password = me.User.Password });

        await Expect.StatusAsync(login, HttpStatusCode.OK);
        Assert.Equal((1, 0), (before, await ProfileRowsAsync(me)));
    }

    [Fact]
    [Trait("Obligation", "G3")]
    [Trait("Obligation", "G2")]
    public async Task PersonalData_ShouldExportTheProfileAndEraseIt()
    {
        var me = await SignUpAsync();
        await GenerateAsync(me, "studio", 1);
        await SetAdvertisingAsync(me, true);
        await RecomputeAsync();

        var export = await PersonalDataRegistry.ExportAsync(App.Services, me.User.Id);
        await PersonalDataRegistry.EraseAsync(App.Services, me.User.Id);

        var exported = Assert.Single(export["ad-profile"].EnumerateArray());
        Assert.Equal(
            ["template_studio", "free_plan", "occasional_creator"],
            exported.GetProperty("segments").EnumerateArray().Select(s => s.GetString()));
        Assert.DoesNotContain(await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id), r => r.Category == "ad-profile");
        Assert.Equal(0, await ProfileRowsAsync(me));
    }

    [Fact]
    public async Task AudienceExport_ByACustomerOrSupport_ShouldAnswer403_AndAWrongSegmentOrRecipientIsRefused()
    {
        var admin = await StaffWithAdPlatformAsync();
        var customer = await SignUpAsync();
        var support = await SignUpAsync();
        await Expect.StatusAsync(
            await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{support.User.Id}/roles", new { roles = new[] { "Support" } }), HttpStatusCode.OK);
        await SetAdvertisingAsync(customer, true);
        await RecomputeAsync();

        var byCustomer = await customer.Client.PostAsJsonAsync(Audiences, new { segment = "free_plan", recipientKey = AdPlatform });
        var bySupport = await support.Client.PostAsJsonAsync(Audiences, new { segment = "free_plan", recipientKey = AdPlatform });
        var unknownSegment = await admin.Client.PostAsJsonAsync(Audiences, new { segment = "rich_people", recipientKey = AdPlatform });
        var unknownRecipient = await admin.Client.PostAsJsonAsync(Audiences, new { segment = "free_plan", recipientKey = "nobody" });

        await Expect.ProblemAsync(byCustomer, HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(bySupport, HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(unknownSegment, HttpStatusCode.BadRequest, "validation");
        await Expect.ProblemAsync(unknownRecipient, HttpStatusCode.UnprocessableEntity, "recipient-not-registered");
        Assert.Equal(0, await WithDatabaseAsync(db => db.Disclosures.CountAsync(d => d.SubjectId == new AccountId(customer.User.Id))));
    }
}
