using System.Text;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Imaging;

namespace Pixyer.Application.UnitTests.Imaging;

[Trait("Obligation", "C2")]
public sealed class ImageSnifferTests
{
    private const long MaxPixels = 40_000_000;

    public static TheoryData<string> Formats => ["jpeg", "png", "webp"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Inspect_WhenWholeImage_ShouldAnswerItsFormatAndSizeFromTheHeader(string format)
    {
        var header = ImageSniffer.Inspect(Image(format, 640, 480), MaxPixels);

        Assert.Equal((Enum.Parse<ImageFormat>(format, ignoreCase: true), 640, 480), (header.Format, header.Width, header.Height));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")]
    [InlineData("just some text, named photo.jpg")]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000")]
    [InlineData("")]
    public void Inspect_WhenBytesAreNoSupportedImage_ShouldRefuseAsUnsupportedType(string content) =>
        Assert.Throws<UnsupportedImageTypeException>(() => ImageSniffer.Inspect(Encoding.UTF8.GetBytes(content), MaxPixels));

    [Fact]
    public void Inspect_WhenOnlyTheFirstBytesOfASignature_ShouldRefuseAsUnsupportedType() =>
        Assert.Throws<UnsupportedImageTypeException>(() => ImageSniffer.Inspect([0xFF, 0xD8], MaxPixels));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Inspect_WhenTruncated_ShouldRefuseAsMalformed(string format)
    {
        var image = Image(format, 640, 480);

        AssertRefused(ImageProblems.MalformedType, image[..(image.Length / 2)]);
    }

    [Fact]
    public void Inspect_WhenPngSignatureIsFollowedByGarbage_ShouldRefuseAsMalformed()
    {
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);

        AssertRefused(ImageProblems.MalformedType, [.. TestImages.Png(8, 8)[..8], .. garbage]);
    }

    [Fact]
    public void Inspect_WhenPngHeaderHasNoImageData_ShouldRefuseAsMalformed() =>
        AssertRefused(ImageProblems.MalformedType, TestImages.PngHeaderOnly(100, 100));

    [Theory]
    [InlineData("png")]
    [InlineData("jpeg")]
    public void Inspect_WhenHeaderClaims100Megapixels_ShouldRefuseBeforeLookingAtTheMissingBody(string format)
    {
        var bomb = format == "png" ? TestImages.PngHeaderOnly(10_000, 10_000) : TestImages.JpegHeaderOnly(10_000, 10_000);

        var refusal = Assert.Throws<ImageTooManyPixelsException>(() => ImageSniffer.Inspect(bomb, MaxPixels));

        Assert.Equal(422, refusal.Status);
        Assert.Equal((10_000, 10_000, MaxPixels), (refusal.Extensions["width"], refusal.Extensions["height"], refusal.Extensions["maxPixels"]));
    }

    [Fact]
    public void Inspect_WhenExactlyAtThePixelLimit_ShouldAccept() =>
        Assert.Equal(640 * 480, ImageSniffer.Inspect(TestImages.Jpeg(640, 480), 640 * 480).Pixels);

    [Theory]
    [InlineData("jpeg", "zip")]
    [InlineData("jpeg", "html")]
    [InlineData("png", "html")]
    [InlineData("png", "zip")]
    [InlineData("webp", "html")]
    public void Inspect_WhenAnotherFilesBytesFollowTheImagesEnd_ShouldRefuseAsPolyglot(string format, string payload)
    {
        byte[] appended = payload == "zip"
            ? [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, .. "evil.sh"u8]
            : "<html><script>alert(document.cookie)</script></html>"u8.ToArray();

        AssertRefused(ImageProblems.TrailingDataType, [.. Image(format, 64, 64), .. appended]);
    }

    [Fact]
    public void Inspect_WhenOnlyZeroPaddingFollowsTheEnd_ShouldAccept() =>
        Assert.Equal(ImageFormat.Jpeg, ImageSniffer.Inspect([.. TestImages.Jpeg(64, 64), 0, 0, 0, 0], MaxPixels).Format);

    [Fact]
    public void Inspect_WhenExifHoldsAWholeThumbnailJpeg_ShouldNotTakeTheThumbnailsEndForTheImagesEnd()
    {
        var thumbnail = TestImages.Jpeg(16, 16);
        var length = thumbnail.Length + 8;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8, .. thumbnail];
        var image = TestImages.Jpeg(64, 48);

        var header = ImageSniffer.Inspect([.. image[..2], .. app1, .. image[2..]], MaxPixels);

        Assert.Equal((64, 48), (header.Width, header.Height));
    }

    [Fact]
    public void Inspect_WhenJpegCarriesExifAndXmp_ShouldAccept() =>
        Assert.Equal(ImageFormat.Jpeg, ImageSniffer.Inspect(TestImages.WithExif(TestImages.Jpeg(64, 48), 6), MaxPixels).Format);

    private static byte[] Image(string format, int width, int height) => format switch
    {
        "jpeg" => TestImages.Jpeg(width, height),
        "png" => TestImages.Png(width, height),
        _ => TestImages.Webp(width, height),
    };

    private static void AssertRefused(string problemType, byte[] bytes)
    {
        var refusal = Assert.Throws<RequestRefusedException>(() => ImageSniffer.Inspect(bytes, MaxPixels));
        Assert.Equal((422, problemType), (refusal.Status, refusal.ProblemType));
    }
}
