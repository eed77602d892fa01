using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Assets;
using Pixyer.Application.Features.Generations.GetGeneration;
using Pixyer.Application.Features.Generations.RequestGeneration;
using Pixyer.Infrastructure.Jobs;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

/// <summary>The steps the generation and asset tests share: ask for a generation, run the worker, read the results.</summary>
public abstract class GenerationTest(PixyerApiFactory app) : ApiTest(app)
{
    protected static readonly SKColor BottleRed = new(0xE5, 0x39, 0x35);

    protected static Task<HttpResponseMessage> RequestGenerationAsync(
        SignedIn user, Guid uploadId, string template = "studio", string[]? formats = null, string? headline = null) =>
        user.Client.PostAsJsonAsync("/api/v1/generations", new { uploadId, template, formats = formats ?? ["square"], headline });

    protected static async Task<Guid> RequestAcceptedAsync(
        SignedIn user, Guid uploadId, string template = "studio", string[]? formats = null, string? headline = null)
    {
        var response = await RequestGenerationAsync(user, uploadId, template, formats, headline);
        await Expect.StatusAsync(response, HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<GenerationAccepted>())!.Id;
    }

    /// <summary>Runs the worker until the queue is empty, as the Quartz job does; returns how many jobs it took.</summary>
    protected Task<int> RunWorkerAsync(string name = "test-worker", IServiceProvider? services = null, CancellationToken cancellationToken = default) =>
        (services ?? App.Services).GetRequiredService<GenerationWorker>().RunAsync(name, cancellationToken);

    protected static async Task<GenerationState> GetGenerationAsync(SignedIn user, Guid id)
    {
        var response = await user.Client.GetAsync($"/api/v1/generations/{id}");
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<GenerationState>())!;
    }

    protected static async Task<AssetDto> GetAssetAsync(SignedIn user, Guid id)
    {
        var response = await user.Client.GetAsync($"/api/v1/assets/{id}");
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<AssetDto>())!;
    }

    /// <summary>The asset's image as the owner downloads it, decoded.</summary>
    protected static async Task<SKBitmap> DownloadAsync(SignedIn user, Guid assetId)
    {
        var response = await user.Client.GetAsync($"/api/v1/assets/{assetId}/content");
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        return SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync()) ?? throw new InvalidOperationException("The asset is not an image.");
    }

    /// <summary>The share of the image's pixels within a small distance of <paramref name="color"/>.</summary>
    protected static double ShareOf(SKBitmap image, SKColor color)
    {
        var near = 0;
        for (var y = 0; y < image.Height; y += 4)
        {
            for (var x = 0; x < image.Width; x += 4)
            {
                var pixel = image.GetPixel(x, y);
                near += Math.Abs(pixel.Red - color.Red) + Math.Abs(pixel.Green - color.Green) + Math.Abs(pixel.Blue - color.Blue) <= 24 ? 1 : 0;
            }
        }

        return near / (double)(((image.Height + 3) / 4) * ((image.Width + 3) / 4));
    }
}
