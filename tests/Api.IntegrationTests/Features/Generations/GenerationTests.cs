using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Generations.RequestGeneration;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

public sealed class GenerationTests(PixyerApiFactory app) : GenerationTest(app)
{
    [Fact]
    [Trait("Obligation", "C3")]
    [Trait("Obligation", "U2")]
    public async Task Generation_WhenTheWorkerRuns_ShouldProduceOneImagePerFormatOfItsSizeShowingTheProduct()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);

        var response = await RequestGenerationAsync(me, upload, "studio", ["square", "story", "banner"], "Summer sale: 30% off");
        await Expect.StatusAsync(response, HttpStatusCode.Accepted);
        var accepted = (await response.Content.ReadFromJsonAsync<GenerationAccepted>())!;
        Assert.Equal($"/api/v1/generations/{accepted.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("queued", accepted.Status);
        var queued = await GetGenerationAsync(me, accepted.Id);
        Assert.Equal(("queued", 0), (queued.Status, queued.Progress));
        Assert.Empty(queued.AssetIds);

        Assert.Equal(1, await RunWorkerAsync());

        var done = await GetGenerationAsync(me, accepted.Id);
        Assert.Equal(("succeeded", 100, null), (done.Status, done.Progress, done.FailureReason));
        Assert.Equal(["square", "story", "banner"], done.Formats);
        Assert.Equal(3, done.AssetIds.Count);
        var expected = new[] { ("square", 1080, 1080), ("story", 1080, 1920), ("banner", 1200, 628) };
        foreach (var (assetId, (format, width, height)) in done.AssetIds.Zip(expected))
        {
            var asset = await GetAssetAsync(me, assetId);
            using var image = await DownloadAsync(me, assetId);
            Assert.Equal((format, "studio", width, height, upload, accepted.Id), (asset.Format, asset.Template, asset.Width, asset.Height, asset.UploadId, asset.GenerationId));
            Assert.Equal((width, height), (image.Width, image.Height));
            Assert.InRange(ShareOf(image, BottleRed), 0.03, 0.6);
            var bytes = await me.Client.GetByteArrayAsync($"/api/v1/assets/{assetId}/content");
            Assert.Equal((asset.Length, asset.Sha256), (bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Templates_WhenRendered_ShouldEachPaintTheirOwnBackdropAroundTheProduct()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        string[] templates = ["studio", "gradient", "surface_shadow"];
        var jobs = new List<Guid>();
        foreach (var template in templates)
        {
            jobs.Add(await RequestAcceptedAsync(me, upload, template));
        }

        await RunWorkerAsync();

        var corners = new List<SKColor>();
        foreach (var job in jobs)
        {
            var state = await GetGenerationAsync(me, job);
            using var image = await DownloadAsync(me, Assert.Single(state.AssetIds));
            Assert.InRange(ShareOf(image, BottleRed), 0.03, 0.6);
            // Near the bottom-left corner: the backdrop, whatever the template puts in the middle.
            corners.Add(image.GetPixel(20, image.Height - 20));
        }

        Assert.Equal(3, corners.Distinct().Count());
        Assert.All(corners, c => Assert.True(
            Math.Abs(c.Red - BottleRed.Red) + Math.Abs(c.Green - BottleRed.Green) + Math.Abs(c.Blue - BottleRed.Blue) > 60,
            $"{c} is the product's colour, not a backdrop"));
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Headline_WhenGiven_ShouldBeDrawnAboveTheProductInTheEmbeddedFont()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var plain = await RequestAcceptedAsync(me, upload, "studio", ["square"]);
        var titled = await RequestAcceptedAsync(me, upload, "studio", ["square"], "Summer sale: 30% off");

        await RunWorkerAsync();

        var ink = new SKColor(0x1F, 0x24, 0x30);
        using var withoutHeadline = await DownloadAsync(me, Assert.Single((await GetGenerationAsync(me, plain)).AssetIds));
        using var withHeadline = await DownloadAsync(me, Assert.Single((await GetGenerationAsync(me, titled)).AssetIds));
        using var plainTop = TopFifth(withoutHeadline);
        using var titledTop = TopFifth(withHeadline);
        Assert.Equal(0, ShareOf(plainTop, ink));
        Assert.InRange(ShareOf(titledTop, ink), 0.02, 0.5);
        Assert.InRange(ShareOf(withHeadline, BottleRed), 0.03, 0.6);
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Templates_WhenListedAnonymously_ShouldNameEveryTemplateAndFormatWithItsSize()
    {
        var choices = await Client.GetFromJsonAsync<JsonElement>("/api/v1/generations/templates");

        Assert.Equal(
            ["gradient", "studio", "surface_shadow"],
            choices.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Order());
        Assert.All(choices.GetProperty("templates").EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
        Assert.Equal(
            [("banner", 1200, 628), ("square", 1080, 1080), ("story", 1080, 1920)],
            choices.GetProperty("formats").EnumerateArray()
                .Select(f => (f.GetProperty("name").GetString(), f.GetProperty("width").GetInt32(), f.GetProperty("height").GetInt32()))
                .Order());
    }

    [Fact]
    [Trait("Obligation", "U2")]
    public async Task Generation_WhenEmailIsNotVerified_ShouldBeRefusedUntilItIs()
    {
        var user = await RegisterAsync();
        var session = await LogInAsync(user);
        var me = new SignedIn(user, session, BearerClient(session.Token));

        var refused = await RequestGenerationAsync(me, Guid.CreateVersion7());

        var problem = await Expect.ProblemAsync(refused, HttpStatusCode.Forbidden, "email-verification-required");
        Assert.Contains("Verify your email", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await WithDatabaseAsync(db => db.GenerationJobs.CountAsync()));
        await VerifyEmailAsync(user.Email);
        var upload = await me.UploadPhotoAsync(BottleRed);
        await Expect.StatusAsync(await RequestGenerationAsync(me, upload), HttpStatusCode.Accepted);
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Generation_WhenRetriedWithTheSameIdempotencyKey_ShouldQueueOneJob()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var body = new { uploadId = upload, template = "gradient", formats = new[] { "square" } };

        HttpResponseMessage[] responses = [await PostWithKeyAsync(me, body, "retry-1"), await PostWithKeyAsync(me, body, "retry-1")];

        var ids = new List<Guid>();
        foreach (var response in responses)
        {
            await Expect.StatusAsync(response, HttpStatusCode.Accepted);
            ids.Add((await response.Content.ReadFromJsonAsync<GenerationAccepted>())!.Id);
        }

        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(1, await WithDatabaseAsync(db => db.GenerationJobs.CountAsync()));
    }

    private static SKBitmap TopFifth(SKBitmap image)
    {
        var top = new SKBitmap();
        Assert.True(image.ExtractSubset(top, SKRectI.Create(image.Width, image.Height / 5)));
        return top;
    }

    private static async Task<HttpResponseMessage> PostWithKeyAsync(SignedIn user, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/generations") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await user.Client.SendAsync(request);
    }
}
