using Pixyer.Application.Common.Generation;

namespace Pixyer.Infrastructure.Imaging;

/// <summary>
/// The built-in generator: draws the visual in this process with SkiaSharp (see <see cref="Renderer"/>), so the
/// photo is disclosed to no one. The work is CPU-bound and synchronous; callers are background workers.
/// </summary>
public sealed class SkiaImageGenerator : IImageGenerator
{
    public string? RecipientKey => null;

    public Task<GeneratedImage> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Renderer.Render(request));
    }
}
