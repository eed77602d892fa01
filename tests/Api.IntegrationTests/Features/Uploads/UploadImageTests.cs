using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Uploads;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.Uploads;

public sealed class UploadImageTests(PixyerApiFactory app) : UploadTest(app)
{
    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Upload_WhenJpegCarriesGpsExifXmpAndARotation_ShouldStoreItUprightWithoutAnyOfThem()
    {
        var me = await SignUpAsync();
        // Stored sideways, 400×300, with orientation 6: shown rotated 90° clockwise, i.e. 300×400.
        var photo = TestImages.WithExif(TestImages.Jpeg(400, 300), orientation: 6);
        AssertCarriesMetadata(photo);

        var upload = await UploadAsync(me.Client, photo, "IMG_0042.jpg");
        var (stored, contentType) = await DownloadAsync(me.Client, upload.ContentUrl);

        Assert.Equal("image/jpeg", contentType);
        Assert.Equal((300, 400), (upload.Width, upload.Height));
        Assert.DoesNotContain((byte)0xE1, JpegSegmentMarkers(stored));
        foreach (var trace in new[] { "Exif", "GPS", "http://ns.adobe.com/xap/1.0/", "xmpmeta" })
        {
            Assert.True(stored.AsSpan().IndexOf(Encoding.ASCII.GetBytes(trace)) < 0, $"The stored image still contains '{trace}'.");
        }

        using var codec = SKCodec.Create(new MemoryStream(stored));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        Assert.Equal((300, 400), (codec.Info.Width, codec.Info.Height));
        // The marker block was the stored picture's top-left corner; turned clockwise it is the top-right one.
        Assert.True(TestImages.IsMarker(TestImages.PixelAt(stored, 300 - 20, 20)), "The top-right corner should hold the marker.");
        Assert.False(TestImages.IsMarker(TestImages.PixelAt(stored, 20, 20)));
        Assert.False(TestImages.IsMarker(TestImages.PixelAt(stored, 20, 400 - 20)));
        Assert.False(TestImages.IsMarker(TestImages.PixelAt(stored, 300 - 20, 400 - 20)));
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Upload_WhenAccepted_ShouldDescribeTheStoredImageAndServeTheSameFacts()
    {
        var me = await SignUpAsync();

        var response = await PostAsync(me.Client, TestImages.Jpeg(800, 600), "C:\\Users\\ana\\Desktop\\..\\shoe\u202Egpj.exe.jpg");
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var upload = (await response.Content.ReadFromJsonAsync<UploadSummary>())!;
        var (stored, _) = await DownloadAsync(me.Client, upload.ContentUrl);

        Assert.Equal($"/api/v1/uploads/{upload.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("shoegpj.exe.jpg", upload.OriginalName);
        Assert.Equal(("image/jpeg", 800, 600), (upload.ContentType, upload.Width, upload.Height));
        Assert.Equal(stored.LongLength, upload.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored)), upload.Sha256);
        Assert.Equal(App.Clock.GetUtcNow(), upload.UploadedAt, TimeSpan.FromMicroseconds(1));
        Assert.Equal(upload, await me.Client.GetFromJsonAsync<UploadSummary>($"{Uploads}/{upload.Id}"));
    }

    [Theory]
    [Trait("Obligation", "C2")]
    [InlineData("png", "image/png")]
    [InlineData("webp", "image/webp")]
    public async Task Upload_WhenPngOrWebp_ShouldKeepItsFormat(string format, string contentType)
    {
        var me = await SignUpAsync();
        var image = format == "png" ? TestImages.Png(500, 400) : TestImages.Webp(500, 400);

        // The declared type lies; the bytes decide.
        var upload = await UploadAsync(me.Client, image, $"picture.{format}", "application/octet-stream");
        var (stored, servedAs) = await DownloadAsync(me.Client, upload.ContentUrl);

        Assert.Equal((contentType, contentType), (upload.ContentType, servedAs));
        Assert.True(TestImages.IsMarker(TestImages.PixelAt(stored, 10, 10)));
        if (format == "png")
        {
            Assert.Equal(0, TestImages.PixelAt(stored, 250, 390).Alpha); // the transparent half stays transparent
        }
    }

    [Theory]
    [Trait("Obligation", "C2")]
    [InlineData(1600, 1200, 320, 240)]
    [InlineData(900, 1800, 160, 320)]
    [InlineData(200, 100, 200, 100)]
    public async Task Thumbnail_ShouldBeWebpAtMost320PixelsOnTheLongerSideAndNeverEnlarged(int width, int height, int thumbWidth, int thumbHeight)
    {
        var me = await SignUpAsync();
        var upload = await UploadAsync(me.Client, TestImages.Jpeg(width, height));

        var (thumbnail, contentType) = await DownloadAsync(me.Client, upload.ThumbnailUrl);

        Assert.Equal("image/webp", contentType);
        using var bitmap = SKBitmap.Decode(thumbnail);
        Assert.Equal((thumbWidth, thumbHeight), (bitmap.Width, bitmap.Height));
        Assert.True(TestImages.IsMarker(bitmap.GetPixel(3, 3)));
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Content_ShouldNotBeCachedNorSniffed()
    {
        var me = await SignUpAsync();
        var upload = await UploadAsync(me.Client, TestImages.Jpeg(64, 64));

        var response = await me.Client.GetAsync(upload.ContentUrl);

        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task OpenApi_ShouldDescribeTheUploadAsAMultipartFileAndTheImagesItServes()
    {
        var paths = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement.GetProperty("paths");

        var upload = paths.GetProperty(Uploads).GetProperty("post");
        var form = upload.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema").GetRawText();
        Assert.Contains("\"file\"", form, StringComparison.Ordinal);
        Assert.Contains("\"binary\"", form, StringComparison.Ordinal);
        Assert.Equal(
            ["201", "401", "403", "413", "415", "422", "429", "500", "503"],
            upload.GetProperty("responses").EnumerateObject().Select(r => r.Name).Where(r => r != "400").Order());
        Assert.True(Served(paths, "/content").TryGetProperty("image/jpeg", out _));
        Assert.True(Served(paths, "/thumbnail").TryGetProperty("image/webp", out _));
    }

    private static JsonElement Served(JsonElement paths, string suffix) =>
        paths.GetProperty($"{Uploads}/{{id}}{suffix}").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");

    private static void AssertCarriesMetadata(byte[] photo)
    {
        using var codec = SKCodec.Create(new MemoryStream(photo));
        Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin);
        Assert.Contains((byte)0xE1, JpegSegmentMarkers(photo));
        Assert.True(photo.AsSpan().IndexOf("GPS"u8) >= 0 && photo.AsSpan().IndexOf("Exif"u8) >= 0);
    }

    /// <summary>The markers of a JPEG's segments up to its first scan (where APPn metadata lives).</summary>
    private static List<byte> JpegSegmentMarkers(byte[] jpeg)
    {
        var markers = new List<byte>();
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF && jpeg[position + 1] != 0xDA)
        {
            markers.Add(jpeg[position + 1]);
            position += 2 + ((jpeg[position + 2] << 8) | jpeg[position + 3]);
        }

        return markers;
    }
}
