using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary><c>surface_shadow</c>: the product stands on a tabletop before a warm wall and casts a soft shadow on it.</summary>
internal sealed class SurfaceScene : Scene
{
    /// <summary>Where the wall meets the table, as a share of the height.</summary>
    private const float Horizon = 0.62f;

    public override SKColor HeadlineColor => new(0x3A, 0x2E, 0x25);

    /// <summary>Standing on the table a little in front of the wall, as tall as the space above allows.</summary>
    public override SKRect Place(SKSize product, SKRect box, SKRect canvas)
    {
        var horizon = canvas.Top + (canvas.Height * Horizon);
        var ground = horizon + ((canvas.Bottom - horizon) * 0.45f);
        var scale = Math.Min(box.Width * Fill / product.Width, (ground - box.Top) * Fill / product.Height);
        var size = new SKSize(product.Width * scale, product.Height * scale);
        return SKRect.Create(box.MidX - (size.Width / 2), ground - size.Height, size.Width, size.Height);
    }

    public override void PaintBackdrop(SKCanvas canvas, SKRect bounds, SKRect product)
    {
        var horizon = bounds.Top + (bounds.Height * Horizon);
        PaintBand(canvas, new SKRect(bounds.Left, bounds.Top, bounds.Right, horizon), new SKColor(0xF6, 0xF0, 0xE7), new SKColor(0xE6, 0xDB, 0xCC));
        PaintBand(canvas, new SKRect(bounds.Left, horizon, bounds.Right, bounds.Bottom), new SKColor(0xD2, 0xBC, 0xA1), new SKColor(0xB4, 0x97, 0x77));
        using var edge = new SKPaint { Color = new SKColor(0xFF, 0xFF, 0xFF, 0x60), StrokeWidth = Math.Max(2, bounds.Height * 0.002f), IsAntialias = true };
        canvas.DrawLine(bounds.Left, horizon, bounds.Right, horizon, edge);
    }

    public override void PaintShadow(SKCanvas canvas, SKImage product, SKRect placed)
    {
        // A long, faint shadow cast towards the back right, then the dark contact shadow right under the base.
        PaintSoftOval(
            canvas,
            SKRect.Create(placed.MidX - (placed.Width * 0.2f), placed.Bottom - (placed.Height * 0.09f), placed.Width * 1.1f, placed.Height * 0.12f),
            placed.Height * 0.04f,
            new SKColor(0x3B, 0x2A, 0x1A, 0x50));
        PaintSoftOval(
            canvas,
            SKRect.Create(placed.MidX - (placed.Width * 0.48f), placed.Bottom - (placed.Height * 0.03f), placed.Width * 0.96f, placed.Height * 0.06f),
            placed.Height * 0.012f,
            new SKColor(0x2A, 0x1C, 0x10, 0x90));
    }

    private static void PaintBand(SKCanvas canvas, SKRect band, SKColor top, SKColor bottom)
    {
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, band.Top), new SKPoint(0, band.Bottom), [top, bottom], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(band, paint);
    }
}
