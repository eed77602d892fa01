using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common.Generation;

namespace Pixyer.Application.Features.Generations;

/// <summary>The templates and output formats a generation can ask for; every renderer draws each of them.</summary>
public static class GenerationCatalog
{
    /// <summary>The longest name of a template (a format's too) and description (a unit test keeps each within them).</summary>
    public const int NameMaxLength = RenderFormat.NameMaxLength;

    public const int DescriptionMaxLength = 200;

    public const string Studio = "studio";
    public const string Gradient = "gradient";
    public const string SurfaceShadow = "surface_shadow";

    public static readonly IReadOnlyList<GenerationTemplate> Templates =
    [
        new(Studio, "The product on a clean, softly lit studio backdrop, with a soft shadow beneath it."),
        new(Gradient, "The product in front of a bold diagonal colour gradient, lifted by a deep shadow."),
        new(SurfaceShadow, "The product standing on a tabletop against a warm wall, casting a soft shadow on the surface."),
    ];

    public static readonly IReadOnlyList<RenderFormat> Formats =
    [
        new("square", 1080, 1080),
        new("story", 1080, 1920),
        new("banner", 1200, 628),
    ];

    public static bool IsTemplate(string? name) => Templates.Any(t => t.Name == name);

    public static bool IsFormat(string? name) => Formats.Any(f => f.Name == name);

    public static RenderFormat Format(string name) =>
        Formats.SingleOrDefault(f => f.Name == name) ?? throw new ArgumentException($"No format is named '{name}'.", nameof(name));
}

public sealed record GenerationTemplate(
    [property: MaxLength(GenerationCatalog.NameMaxLength)] string Name,
    [property: MaxLength(GenerationCatalog.DescriptionMaxLength)] string Description);
