using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Imaging;
using Pixyer.Application.Features.Generations;
using Pixyer.Domain.Showcases;

namespace Pixyer.Application.Features.Showcases;

/// <summary>
/// A published showcase as anyone sees it: its title, the asset's template, format and size, when it was published,
/// and where its image is. Nothing about the person whose asset it is.
/// </summary>
public sealed record ShowcaseDto(
    Guid Id,
    [property: MaxLength(Showcase.TitleMaxLength)] string Title,
    [property: TemplateName] string Template,
    [property: FormatName] string Format,
    int Width,
    int Height,
    [property: ImageContentType] string ContentType,
    DateTimeOffset PublishedAt,
    [property: MaxLength(ResourceLinks.ShowcaseImageLength)] string ImageUrl)

{
    public static string ImagePath(Guid id) => ResourceLinks.Of("/api/v1/showcases/", id, "/image");
}
