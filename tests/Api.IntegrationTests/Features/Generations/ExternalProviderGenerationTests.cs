using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Disclosures;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

/// <summary>
/// Generation through an external large-model provider (issue 4, item 3): the photo leaves Pixyer, so each call is a
/// disclosure its owner can see, with the mechanism that covered the transfer abroad.
/// </summary>
public sealed class ExternalProviderGenerationTests(PixyerApiFactory app) : GenerationTest(app)
{
    private const string ProviderKey = "acme-image-models";
    private const string ApiKey = "provider-secret-key";

    [Fact]
    [Trait("Obligation", "S1")]
    [Trait("Obligation", "S3")]
    [Trait("Obligation", "X1")]
    [Trait("Obligation", "C3")]
    public async Task Generation_WhenTheHttpProviderRenders_ShouldDeliverItsImagesAndShowTheOwnerEachDisclosure()
    {
        var officer = await SignUpAdminAsync();
        await officer.Client.RegisterImageProviderAsync(ProviderKey);
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        await using var provider = await FakeImageProvider.StartAsync();
        await using var node = ProviderNode(provider);
        var upload = await me.UploadPhotoAsync(BottleRed);
        var id = await RequestAcceptedAsync(me, upload, "gradient", ["square", "story"]);

        Assert.Equal(1, await RunWorkerAsync(services: node.Services));

        var generation = await GetGenerationAsync(me, id);
        Assert.Equal(("succeeded", 100), (generation.Status, generation.Progress));
        Assert.Equal([(1080, 1080), (1080, 1920)], await Task.WhenAll(generation.AssetIds.Select(a => DecodedSizeAsync(me, a))));
        Assert.Equal(2, provider.Received.Count);
        Assert.All(provider.Received, r => Assert.Equal($"Bearer {ApiKey}", r.Authorization));

        var mine = await me.Client.GetFromJsonAsync<Paged<DisclosureDto>>("/api/v1/me/disclosures");
        Assert.Equal(2, mine!.Total);
        Assert.All(mine.Items, d => Assert.Equal(
            ("Acme Image Models Inc.", "large_model_providers", "US", "service_provision", "contract", "uploads", Recipients.StandardClauses),
            (d.Recipient, d.Category, d.Country, d.Purpose, d.LegalBasis, string.Join(',', d.DataCategories), d.CrossBorderMechanism)));
        Assert.Equal([$"generation:{id}:square", $"generation:{id}:story"], mine.Items.Select(d => d.Reference).Order());
        var theirs = await other.Client.GetFromJsonAsync<Paged<DisclosureDto>>("/api/v1/me/disclosures");
        Assert.Equal(0, theirs!.Total);
    }

    [Fact]
    [Trait("Obligation", "S1")]
    public async Task Generation_WhenTheProviderIsNotInTheRegister_ShouldNeverSendThePhoto()
    {
        var me = await SignUpAsync();
        await using var provider = await FakeImageProvider.StartAsync();
        await using var node = ProviderNode(provider);
        var upload = await me.UploadPhotoAsync(BottleRed);
        var id = await RequestAcceptedAsync(me, upload);

        Assert.Equal(1, await RunWorkerAsync(services: node.Services));

        Assert.Equal("queued", (await GetGenerationAsync(me, id)).Status);
        Assert.Empty(provider.Received);
        Assert.Equal(0, (await me.Client.GetFromJsonAsync<Paged<DisclosureDto>>("/api/v1/me/disclosures"))!.Total);
    }

    /// <summary>A second node on the same database and clock, rendering through the provider.</summary>
    private WebApplicationFactory<Program> ProviderNode(FakeImageProvider provider) =>
        App.WithSettings(new()
        {
            ["Pixyer:Generation:Provider"] = "http",
            ["Pixyer:Generation:Http:BaseUrl"] = provider.BaseUrl,
            ["Pixyer:Generation:Http:ApiKey"] = ApiKey,
            ["Pixyer:Generation:Http:RecipientKey"] = ProviderKey,
        });

    private static async Task<(int Width, int Height)> DecodedSizeAsync(SignedIn owner, Guid assetId)
    {
        var response = await owner.Client.GetAsync($"/api/v1/assets/{assetId}/content");
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        using var image = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        return (image.Width, image.Height);
    }
}
