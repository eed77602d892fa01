using System.Net;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Consents.ListMyConsentHistory;
using Pixyer.Application.Features.Disclosures;
using Pixyer.Application.Features.Showcases;
using Pixyer.Application.Features.Showcases.PublishShowcase;

namespace Pixyer.Api.IntegrationTests.Features.Showcases;

/// <summary>D1: a person's asset is published only with their authorization for that asset, and unpublished the moment it ends.</summary>
[Trait("Obligation", "D1")]
public sealed class ShowcaseTests(PixyerApiFactory app) : GenerationTest(app)
{
    private const string Admin = "/api/v1/admin/showcases";
    private const string Public = "/api/v1/showcases";

    [Fact]
    public async Task Publish_WithoutTheOwnersAuthorization_ShouldAnswer403AndListNothing()
    {
        var (admin, owner, assets) = await OwnerWithAssetsAsync();

        var refused = await admin.Client.PostAsJsonAsync(Admin, new { assetId = assets[0], title = "Red bottle" });

        var problem = await Expect.ProblemAsync(refused, HttpStatusCode.Forbidden, "subject-authorization-required");
        Assert.Equal(("public_disclosure", $"asset:{assets[0]}"), (problem.GetProperty("purpose").GetString(), problem.GetProperty("scope").GetString()));
        Assert.Equal(0, (await ListAsync()).Total);
        Assert.Empty((await owner.Client.GetFromJsonAsync<Paged<DisclosureDto>>("/api/v1/me/disclosures"))!.Items);
    }

    [Fact]
    [Trait("Obligation", "S3")]
    public async Task Publish_WithTheOwnersAuthorization_ShouldListItServeItsImageAnonymouslyAndShowTheOwnerTheDisclosure()
    {
        var (admin, owner, assets) = await OwnerWithAssetsAsync();
        var offer = await AuthorizeAsync(owner, assets[0]);

        var published = await PublishAsync(admin, assets[0], "Red bottle, studio light");

        Assert.Equal(("public_disclosure", $"asset:{assets[0]}", "studio", "square", true, false),
            (offer.Purpose, offer.Scope, offer.Template, offer.Format, offer.Authorized, offer.Published));
        Assert.Contains("showcase", offer.Where, StringComparison.Ordinal);
        var listed = Assert.Single((await ListAsync()).Items);
        Assert.Equal((published.Id, "Red bottle, studio light", "studio", "square", $"/api/v1/showcases/{published.Id}/image"),
            (listed.Id, listed.Title, listed.Template, listed.Format, listed.ImageUrl));
        using var anonymous = App.CreateApiClient();
        var image = await anonymous.GetAsync(listed.ImageUrl);
        await Expect.StatusAsync(image, HttpStatusCode.OK);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
        var ownersCopy = await owner.Client.GetByteArrayAsync($"/api/v1/assets/{assets[0]}/content");
        Assert.Equal(ownersCopy, await image.Content.ReadAsByteArrayAsync());
        var disclosure = Assert.Single((await owner.Client.GetFromJsonAsync<Paged<DisclosureDto>>("/api/v1/me/disclosures"))!.Items);
        Assert.Equal((published.DisclosureId, "public", "marketing", "consent", $"asset:{assets[0]}"),
            (disclosure.Id, disclosure.Category, disclosure.Purpose, disclosure.LegalBasis, disclosure.Reference));
        Assert.Equal(["generated_assets"], disclosure.DataCategories);
        Assert.True((await GetOfferAsync(owner, assets[0])).Published);
    }

    [Fact]
    public async Task PublicReads_ShouldNameNothingOfTheOwner()
    {
        var (admin, owner, assets) = await OwnerWithAssetsAsync();
        await AuthorizeAsync(owner, assets[0]);
        var published = await PublishAsync(admin, assets[0], "Bottle");
        using var anonymous = App.CreateApiClient();

        var texts = new[]
        {
            await anonymous.GetStringAsync(Public),
            await (await admin.Client.PostAsJsonAsync(Admin, new { assetId = assets[0], title = "Again" })).Content.ReadAsStringAsync(),
        };

        Assert.Contains(published.Id.ToString(), texts[0], StringComparison.Ordinal);
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain(owner.User.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(owner.User.Username, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(owner.User.Email, text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Publish_WhenOnlyAnotherAssetIsAuthorized_ShouldAnswer403()
    {
        var (admin, owner, assets) = await OwnerWithAssetsAsync();
        await AuthorizeAsync(owner, assets[0]);

        var refused = await admin.Client.PostAsJsonAsync(Admin, new { assetId = assets[1], title = "Banner" });

        await Expect.ProblemAsync(refused, HttpStatusCode.Forbidden, "subject-authorization-required");
        Assert.False((await GetOfferAsync(owner, assets[1])).Authorized);
        Assert.Equal(0, (await ListAsync()).Total);
    }

    [Fact]
    [Trait("Obligation", "G4")]
    public async Task Withdraw_ShouldUnpublishInTheSameRequestAndStopAnyNewPublication()
    {
        var (admin, owner, assets) = await OwnerWithAssetsAsync();
        await AuthorizeAsync(owner, assets[0]);
        var published = await PublishAsync(admin, assets[0], "Bottle");

        await Expect.StatusAsync(await owner.Client.DeleteAsync(OfferPath(assets[0])), HttpStatusCode.NoContent);

        using var anonymous = App.CreateApiClient();
        Assert.Equal(0, (await ListAsync()).Total);
        await Expect.ProblemAsync(await anonymous.GetAsync(published.ImageUrl()), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(
            await admin.Client.PostAsJsonAsync(Admin, new { assetId = assets[0], title = "Bottle" }), HttpStatusCode.Forbidden, "subject-authorization-required");
        Assert.Equal((false, false), ((await GetOfferAsync(owner, assets[0])).Authorized, (await GetOfferAsync(owner, assets[0])).Published));
        var history = (await owner.Client.GetFromJsonAsync<Paged<ConsentHistoryEntry>>("/api/v1/me/consents/history"))!.Items
            .Where(e => e.Purpose == "public_disclosure").ToList();
        Assert.Equal([(false, $"asset:{assets[0]}"), (true, $"asset:{assets[0]}")], history.Select(e => (e.Granted, e.Scope)));
        Assert.All(history, e => Assert.Equal(PolicyVersion, e.PolicyVersion));
    }

    [Fact]
    public async Task Authorization_OfAnotherPersonsAsset_ShouldAnswer404AndAuthorizeNothing()
    {
        var (admin, owner, assets) = await OwnerWithAssetsAsync();
        var stranger = await SignUpAsync();

        await Expect.ProblemAsync(await stranger.Client.PutAsync(OfferPath(assets[0]), null), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await stranger.Client.GetAsync(OfferPath(assets[0])), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await stranger.Client.DeleteAsync(OfferPath(assets[0])), HttpStatusCode.NotFound, "not-found");

        await Expect.ProblemAsync(
            await admin.Client.PostAsJsonAsync(Admin, new { assetId = assets[0], title = "Bottle" }), HttpStatusCode.Forbidden, "subject-authorization-required");
        Assert.False((await GetOfferAsync(owner, assets[0])).Authorized);
    }

    [Fact]
    public async Task Publish_AsACustomer_ShouldAnswer403()
    {
        var (admin, owner, assets) = await OwnerWithAssetsAsync();
        await AuthorizeAsync(owner, assets[0]);
        var published = await PublishAsync(admin, assets[0], "Bottle");

        await Expect.ProblemAsync(
            await owner.Client.PostAsJsonAsync(Admin, new { assetId = assets[0], title = "Mine" }), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await owner.Client.DeleteAsync($"{Admin}/{published.Id}"), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(1, (await ListAsync()).Total);
    }

    [Fact]
    public async Task Unpublish_ByStaffOrByDeletingTheAsset_ShouldTakeItDown()
    {
        var (admin, owner, assets) = await OwnerWithAssetsAsync();
        await AuthorizeAsync(owner, assets[0]);
        await AuthorizeAsync(owner, assets[1]);
        var first = await PublishAsync(admin, assets[0], "Square");
        var second = await PublishAsync(admin, assets[1], "Banner");

        await Expect.StatusAsync(await admin.Client.DeleteAsync($"{Admin}/{first.Id}"), HttpStatusCode.NoContent);
        var afterStaff = await ListAsync();
        await Expect.StatusAsync(await owner.Client.DeleteAsync($"/api/v1/assets/{assets[1]}"), HttpStatusCode.NoContent);

        Assert.Equal(second.Id, Assert.Single(afterStaff.Items).Id);
        Assert.Equal(0, (await ListAsync()).Total);
        using var anonymous = App.CreateApiClient();
        await Expect.ProblemAsync(await anonymous.GetAsync(second.ImageUrl()), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await admin.Client.DeleteAsync($"{Admin}/{first.Id}"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task DeletionRequest_ShouldUnpublishAndWithdrawEveryAuthorization()
    {
        var (admin, owner, assets) = await OwnerWithAssetsAsync();
        await AuthorizeAsync(owner, assets[0]);
        await AuthorizeAsync(owner, assets[1]);
        await PublishAsync(admin, assets[0], "Square");

        await Expect.StatusAsync(
            await owner.Client.PostAsJsonAsync("/api/v1/me/deletion-request", new { password = owner.User.Password }), HttpStatusCode.Accepted);

        Assert.Equal(0, (await ListAsync()).Total);
        await Expect.ProblemAsync(
            await admin.Client.PostAsJsonAsync(Admin, new { assetId = assets[1], title = "Banner" }), HttpStatusCode.Forbidden, "subject-authorization-required");
    }

    [Fact]
    [Trait("Obligation", "G2")]
    [Trait("Obligation", "G3")]
    public async Task Erasure_ShouldUnpublishAndLeaveNoShowcaseOfThePerson()
    {
        var (admin, owner, assets) = await OwnerWithAssetsAsync();
        await AuthorizeAsync(owner, assets[0]);
        await PublishAsync(admin, assets[0], "Square, studio light");
        var exported = (await PersonalDataRegistry.ExportAsync(App.Services, owner.User.Id))["showcases"];

        await PersonalDataRegistry.EraseAsync(App.Services, owner.User.Id);

        Assert.Equal("Square, studio light", Assert.Single(exported.EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(0, (await ListAsync()).Total);
        Assert.DoesNotContain(await PersonalDataRegistry.FindRemainingAsync(App.Services, owner.User.Id), r => r.Category == "showcases");
    }

    [Fact]
    [Trait("Obligation", "G4")]
    public async Task PurposeWideConsents_ShouldNeitherListNorTakePublicDisclosure()
    {
        var (_, owner, assets) = await OwnerWithAssetsAsync();
        await AuthorizeAsync(owner, assets[0]);

        var states = await owner.Client.GetFromJsonAsync<List<ConsentState>>("/api/v1/me/consents");
        var purposeWide = await owner.Client.PutAsJsonAsync("/api/v1/me/consents/public_disclosure", new { granted = true });

        Assert.DoesNotContain(states!, s => s.Purpose == "public_disclosure");
        Assert.All(states!, s => Assert.False(s.Granted));
        await Expect.ProblemAsync(purposeWide, HttpStatusCode.UnprocessableEntity, "consent-granted-per-item");
    }

    [Fact]
    [Trait("Obligation", "S1")]
    public async Task Publish_WhenThePublicIsNotARegisteredRecipient_ShouldBeRefusedAndPublishNothing()
    {
        var admin = await SignUpAdminAsync();
        var owner = await SignUpAsync();
        var assets = await GenerateAsync(owner);
        await AuthorizeAsync(owner, assets[0]);

        var refused = await admin.Client.PostAsJsonAsync(Admin, new { assetId = assets[0], title = "Bottle" });

        await Expect.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity, "recipient-not-registered");
        Assert.Equal(0, (await ListAsync()).Total);
    }

    private static string OfferPath(Guid asset) => $"/api/v1/me/assets/{asset}/public-disclosure";

    private async Task<(SignedIn Admin, SignedIn Owner, IReadOnlyList<Guid> Assets)> OwnerWithAssetsAsync()
    {
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterRecipientAsync("public-showcase", "public", name: "Pixyer showcase");
        var owner = await SignUpAsync();
        return (admin, owner, await GenerateAsync(owner));
    }

    /// <summary>Two assets of one generation: a square and a banner.</summary>
    private async Task<IReadOnlyList<Guid>> GenerateAsync(SignedIn owner)
    {
        var upload = await owner.UploadPhotoAsync(BottleRed);
        var job = await RequestAcceptedAsync(owner, upload, "studio", ["square", "banner"]);
        await RunWorkerAsync();
        var assets = (await GetGenerationAsync(owner, job)).AssetIds;
        Assert.Equal(2, assets.Count);
        return assets;
    }

    private static async Task<PublicDisclosureOffer> AuthorizeAsync(SignedIn owner, Guid asset)
    {
        var response = await owner.Client.PutAsync(OfferPath(asset), null);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PublicDisclosureOffer>())!;
    }

    private static async Task<PublicDisclosureOffer> GetOfferAsync(SignedIn owner, Guid asset) =>
        (await owner.Client.GetFromJsonAsync<PublicDisclosureOffer>(OfferPath(asset)))!;

    private static async Task<PublishedShowcase> PublishAsync(SignedIn admin, Guid asset, string title)
    {
        var response = await admin.Client.PostAsJsonAsync(Admin, new { assetId = asset, title });
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<PublishedShowcase>())!;
    }

    private async Task<Paged<ShowcaseDto>> ListAsync()
    {
        using var anonymous = App.CreateApiClient();
        return (await anonymous.GetFromJsonAsync<Paged<ShowcaseDto>>(Public))!;
    }
}

internal static class PublishedShowcases
{
    public static string ImageUrl(this PublishedShowcase showcase) => ShowcaseDto.ImagePath(showcase.Id);
}
