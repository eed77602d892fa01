using Pixyer.Domain.Uploads;

namespace Pixyer.Domain.UnitTests.Uploads;

[Trait("Obligation", "C2")]
public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("holiday.jpg", "holiday.jpg")]
    [InlineData("C:\\Users\\ana\\Pictures\\holiday.jpg", "holiday.jpg")]
    [InlineData("/home/ana/../../etc/passwd", "passwd")]
    [InlineData("../../secret.png", "secret.png")]
    [InlineData("  .hidden.webp  ", "hidden.webp")]
    [InlineData("line\r\nbreak\0.jpg", "linebreak.jpg")]
    [InlineData("tab\there.png", "tabhere.png")]
    [InlineData("no\u00A0break\u3000space.jpg", "no break space.jpg")]
    [InlineData("photo\u202Egpj.exe", "photogpj.exe")]
    [InlineData("zero\u200Bwidth.jpg", "zerowidth.jpg")]
    [InlineData("Cafe\u0301.jpg", "Café.jpg")]
    [InlineData("商品写真.jpg", "商品写真.jpg")]
    public void Sanitize_ShouldKeepOnlyTheLastSegmentWithoutControlOrInvisibleCharacters(string name, string expected) =>
        Assert.Equal(expected, UploadFileName.Sanitize(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("folder/")]
    [InlineData("..")]
    [InlineData("\u0001\u0002")]
    public void Sanitize_WhenNothingUsableRemains_ShouldAnswerTheFallback(string? name) =>
        Assert.Equal(UploadFileName.Fallback, UploadFileName.Sanitize(name));

    [Fact]
    public void Sanitize_WhenTooLong_ShouldShortenTheNameAndKeepTheExtension()
    {
        var sanitized = UploadFileName.Sanitize(new string('a', 400) + ".jpeg");

        Assert.Equal(UploadFileName.MaxLength, sanitized.Length);
        Assert.EndsWith("a.jpeg", sanitized, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_WhenShortening_ShouldNotSplitACharacterMadeOfTwoChars()
    {
        // 😀 is two UTF-16 chars; 254 'a' leave room for only one of them.
        var sanitized = UploadFileName.Sanitize(new string('a', 254) + "😀😀");

        Assert.Equal(new string('a', 254), sanitized);
    }
}
