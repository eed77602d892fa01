using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary><c>gradient</c>: a bold diagonal gradient with a glow behind the product, which floats on a deep shadow.</summary>
internal sealed class GradientScene : Scene
{
    public override SKColor HeadlineColor => SKColors.White;

    public override bool HeadlineHalo => true;

    public override void PaintBackdrop(SKCanvas canvas, SKRect bounds, SKRect product)
    {
        using (var shader = SKShader.CreateLinearGradient(
                   new SKPoint(bounds.Left, bounds.Top),
                   new SKPoint(bounds.Right, bounds.Bottom),
                   [new SKColor(0x43, 0x38, 0xCA), new SKColor(0x93, 0x33, 0xEA), new SKColor(0xF4, 0x72, 0xB6)],
                   [0f, 0.55f, 1f],
                   SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = shader })
        {
            canvas.DrawRect(bounds, paint);
        }

        using var glow = SKShader.CreateRadialGradient(
            new SKPoint(product.MidX, product.MidY),
            Math.Max(product.Width, product.Height) * 0.8f,
            [new SKColor(0xFF, 0xFF, 0xFF, 0x70), new SKColor(0xFF, 0xFF, 0xFF, 0)],
            SKShaderTileMode.Clamp);
        using var glowPaint = new SKPaint { Shader = glow };
        canvas.DrawRect(bounds, glowPaint);
    }

    public override void PaintShadow(SKCanvas canvas, SKImage product, SKRect placed) =>
        PaintSilhouette(canvas, product, placed, placed.Width * 0.02f, placed.Height * 0.05f, placed.Width * 0.05f, new SKColor(0x1E, 0x1B, 0x4B, 0xA0));
}
