using System.ComponentModel.DataAnnotations;

namespace Pixyer.Application.Common.Generation;

/// <summary>
/// Turns a product photo into one marketing visual (obligations C3, U2). The built-in renderer draws in-process;
/// an external large-model provider receives the photo, so each call to it is a disclosure (S1).
/// </summary>
public interface IImageGenerator
{
    /// <summary>
    /// The key of the <c>Recipient</c> a call discloses the photo to, or null when the image never leaves the process.
    /// Whoever calls <see cref="GenerateAsync"/> records the disclosure in the same transaction as its result.
    /// </summary>
    string? RecipientKey { get; }

    Task<GeneratedImage> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken);
}

/// <param name="Product">The stored (metadata-stripped) upload, encoded.</param>
/// <param name="Template">The template's name, e.g. <c>studio</c>.</param>
/// <param name="Format">The output format; the image has exactly its size.</param>
/// <param name="Headline">Optional text drawn on the visual.</param>
public sealed record GenerationRequest(ReadOnlyMemory<byte> Product, string Template, RenderFormat Format, string? Headline);

/// <summary>An output format and its pixel size, e.g. <c>square</c> 1080×1080.</summary>
public sealed record RenderFormat([property: MaxLength(RenderFormat.NameMaxLength)] string Name, int Width, int Height)
{
    public const int NameMaxLength = 32;
}

/// <summary>The encoded visual; its dimensions are those of the requested format.</summary>
public sealed record GeneratedImage(byte[] Content, string ContentType, int Width, int Height);
