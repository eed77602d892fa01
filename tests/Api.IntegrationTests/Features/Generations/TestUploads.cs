using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Features.Uploads;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Uploads;
using Pixyer.Infrastructure.Persistence;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

/// <summary>
/// Product photos drawn in code, uploaded the way a client does.
/// </summary>
public static class TestUploads
{
    /// <summary>A bottle of <paramref name="color"/> with a black cap, photographed on a plain white backdrop (PNG, 600×900).</summary>
    public static byte[] BottlePhoto(SKColor color)
    {
        using var surface = SKSurface.Create(new SKImageInfo(600, 900, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var body = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(180, 300, 420, 850), 60, 60, body);
        canvas.DrawRect(new SKRect(260, 150, 340, 320), body);
        using var cap = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawRect(new SKRect(250, 100, 350, 160), cap);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Uploads a bottle photo of <paramref name="color"/> as <paramref name="owner"/> through <c>POST /api/v1/uploads</c>.</summary>
    public static async Task<Guid> UploadPhotoAsync(this SignedIn owner, SKColor color)
    {
        var file = new ByteArrayContent(BottlePhoto(color));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var response = await owner.Client.PostAsync("/api/v1/uploads", new MultipartFormDataContent { { file, "file", "bottle.png" } });
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<UploadSummary>())!.Id;
    }

    /// <summary>
    /// An upload whose stored file has become unreadable (say, a damaged disk): no request can produce one, as uploads
    /// are decoded on the way in, so its row and file are written straight into the store.
    /// </summary>
    public static async Task<Guid> StoreUnreadableUploadAsync(this PixyerApiFactory app, SignedIn owner)
    {
        var ownerId = new AccountId(owner.User.Id);
        using var stream = new MemoryStream("this is not an image"u8.ToArray());
        var stored = await app.Services.GetRequiredService<IFileStore>().SaveAsync(ownerId, "uploads", stream, CancellationToken.None);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        var upload = Upload.Accept(
            ownerId, "bottle.png", "image/png", 600, 900, stored.Length, stored.Sha256, stored.Key, stored.Key, app.Clock.GetUtcNow());
        db.Uploads.Add(upload);
        await db.SaveChangesAsync();
        return upload.Id.Value;
    }
}
