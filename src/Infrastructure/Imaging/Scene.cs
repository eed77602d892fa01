using Pixyer.Application.Features.Generations;
using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary>What a template draws around the product: the backdrop, where the product stands, and its shadow.</summary>
internal abstract class Scene
{
    /// <summary>The share of its box the product may fill, leaving room for the shadow.</summary>
    protected const float Fill = 0.82f;

    public abstract SKColor HeadlineColor { get; }

    /// <summary>Whether the headline needs a dark halo to read against the backdrop.</summary>
    public virtual bool HeadlineHalo => false;

    public static Scene For(string template) => template switch
    {
        GenerationCatalog.Studio => new StudioScene(),
        GenerationCatalog.Gradient => new GradientScene(),
        GenerationCatalog.SurfaceShadow => new SurfaceScene(),
        _ => throw new ArgumentException($"No scene draws the template '{template}'.", nameof(template)),
    };

    /// <summary>The product's rectangle: scaled to fit its box, centred.</summary>
    public virtual SKRect Place(SKSize product, SKRect box, SKRect canvas)
    {
        var scale = Math.Min(box.Width * Fill / product.Width, box.Height * Fill / product.Height);
        var size = new SKSize(product.Width * scale, product.Height * scale);
        return SKRect.Create(box.MidX - (size.Width / 2), box.MidY - (size.Height / 2), size.Width, size.Height);
    }

    public abstract void PaintBackdrop(SKCanvas canvas, SKRect bounds, SKRect product);

    /// <summary>Paints the product's shadow; the product is drawn over it afterwards.</summary>
    public abstract void PaintShadow(SKCanvas canvas, SKImage product, SKRect placed);

    /// <summary>A blurred copy of the product's silhouette, in <paramref name="color"/>, offset by (dx, dy).</summary>
    protected static void PaintSilhouette(SKCanvas canvas, SKImage product, SKRect placed, float dx, float dy, float blur, SKColor color)
    {
        using var filter = SKImageFilter.CreateDropShadowOnly(dx, dy, blur, blur, color);
        using var paint = new SKPaint { ImageFilter = filter };
        canvas.DrawImage(product, placed, Renderer.Sampling, paint);
    }

    /// <summary>A soft oval, e.g. where the product touches the ground.</summary>
    protected static void PaintSoftOval(SKCanvas canvas, SKRect oval, float blur, SKColor color)
    {
        using var mask = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, blur);
        using var paint = new SKPaint { Color = color, MaskFilter = mask, IsAntialias = true };
        canvas.DrawOval(oval, paint);
    }
}
