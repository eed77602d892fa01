using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary>
/// The typeface headlines are drawn in, shipped inside the assembly: SkiaSharp's Linux build has no system fonts,
/// and text must look the same on every machine. DejaVu Sans Bold, under the Bitstream Vera licence
/// (Fonts/DejaVu-LICENSE.txt).
/// </summary>
internal static class EmbeddedFonts
{
    private const string BoldResource = "Pixyer.Infrastructure.Imaging.Fonts.DejaVuSans-Bold.ttf";
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load(BoldResource));

    public static SKTypeface Bold => LazyBold.Value;

    private static SKTypeface Load(string resource)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"The font resource '{resource}' is missing from the assembly.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        using var data = SKData.CreateCopy(bytes.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font resource '{resource}' is not a font.");
    }
}
