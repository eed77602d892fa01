using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary><c>studio</c>: a seamless light-grey sweep, brightest behind the product, and a soft shadow beneath it.</summary>
internal sealed class StudioScene : Scene
{
    public override SKColor HeadlineColor => new(0x1F, 0x24, 0x30);

    public override void PaintBackdrop(SKCanvas canvas, SKRect bounds, SKRect product)
    {
        using var shader = SKShader.CreateRadialGradient(
            new SKPoint(product.MidX, product.MidY),
            Math.Max(bounds.Width, bounds.Height) * 0.8f,
            [SKColors.White, new SKColor(0xEE, 0xF0, 0xF3), new SKColor(0xD5, 0xD9, 0xE0)],
            [0f, 0.5f, 1f],
            SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(bounds, paint);
    }

    public override void PaintShadow(SKCanvas canvas, SKImage product, SKRect placed)
    {
        PaintSoftOval(
            canvas,
            SKRect.Create(placed.MidX - (placed.Width * 0.42f), placed.Bottom - (placed.Height * 0.04f), placed.Width * 0.84f, placed.Height * 0.08f),
            placed.Height * 0.025f,
            new SKColor(0, 0, 0, 0x55));
        PaintSilhouette(canvas, product, placed, 0, placed.Height * 0.02f, placed.Width * 0.035f, new SKColor(0, 0, 0, 0x40));
    }
}
