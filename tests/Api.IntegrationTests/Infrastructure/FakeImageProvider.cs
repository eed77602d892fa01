using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The far edge of the image-generation port: a tiny large-model provider on loopback that speaks the protocol of
/// <c>HttpImageGenerator</c> (POST /v1/images/render, JSON in, PNG out) and renders a real PNG of the requested size.
/// A test can make it fail, hang or answer the wrong size, and reads what it received.
/// </summary>
public sealed class FakeImageProvider : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TaskCompletionSource firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int failuresLeft;
    private HttpStatusCode failure = HttpStatusCode.ServiceUnavailable;
    private volatile bool hanging;
    private volatile bool wrongSize;

    private FakeImageProvider(WebApplication app) => this.app = app;

    public string BaseUrl => app.Urls.First();

    /// <summary>Every request, in arrival order: its Authorization header and its JSON body.</summary>
    public ConcurrentQueue<ReceivedRender> Received { get; } = new();

    /// <summary>Completes when the first request has arrived.</summary>
    public Task FirstRequest => firstRequest.Task;

    public static async Task<FakeImageProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var provider = new FakeImageProvider(builder.Build());
        provider.app.MapPost("/v1/images/render", (Delegate)provider.RenderAsync);
        await provider.app.StartAsync();
        return provider;
    }

    /// <summary>The next <paramref name="times"/> requests answer <paramref name="status"/>.</summary>
    public void FailNext(int times, HttpStatusCode status = HttpStatusCode.ServiceUnavailable)
    {
        failure = status;
        Interlocked.Exchange(ref failuresLeft, times);
    }

    /// <summary>Every request waits until the client gives up.</summary>
    public void Hang() => hanging = true;

    /// <summary>Every answer is one pixel wider than asked.</summary>
    public void AnswerWrongSize() => wrongSize = true;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> RenderAsync(HttpContext context)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted);
        Received.Enqueue(new ReceivedRender(context.Request.Headers.Authorization.ToString(), body));
        firstRequest.TrySetResult();
        if (hanging)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }

        if (Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            return Results.StatusCode((int)failure);
        }

        var width = body.GetProperty("width").GetInt32() + (wrongSize ? 1 : 0);
        return Results.File(Png(width, body.GetProperty("height").GetInt32()), "image/png");
    }

    private static byte[] Png(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.DarkOrange);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

public sealed record ReceivedRender(string Authorization, JsonElement Body);
