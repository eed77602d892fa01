using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Uploads;
using Pixyer.Infrastructure.Persistence;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

/// <summary>
/// Product photos drawn in code, and the one way these tests create uploads. It stores the photo and its row as the
/// upload feature would; switching it to <c>POST /api/v1/uploads</c> switches every generation test.
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

    /// <summary>An upload of <paramref name="owner"/> holding <paramref name="content"/> (a bottle photo of <paramref name="color"/> by default).</summary>
    public static async Task<Guid> SeedUploadAsync(this PixyerApiFactory app, SignedIn owner, SKColor color, byte[]? content = null)
    {
        content ??= BottlePhoto(color);
        var ownerId = new AccountId(owner.User.Id);
        using var stream = new MemoryStream(content);
        var stored = await app.Services.GetRequiredService<IFileStore>().SaveAsync(ownerId, "uploads", stream, CancellationToken.None);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        var upload = Upload.Accept(
            ownerId, "bottle.png", "image/png", 600, 900, stored.Length, stored.Sha256, stored.Key, stored.Key, app.Clock.GetUtcNow());
        db.Uploads.Add(upload);
        await db.SaveChangesAsync();
        return upload.Id;
    }
}
