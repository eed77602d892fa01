using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Generation;

namespace Pixyer.Application.Features.Generations.RenderGenerationFormat;

public sealed class RenderGenerationFormatCommandHandler(IAppDbContext db, IFileStore files, IImageGenerator generator)
    : ICommandHandler<RenderGenerationFormatCommand, RenderedFormat>
{
    public async ValueTask<RenderedFormat> Handle(RenderGenerationFormatCommand command, CancellationToken cancellationToken)
    {
        var job = await db.GenerationJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == new GenerationJobId(command.JobId), cancellationToken)
                  ?? throw new NotFoundException("generation");
        if (!job.IsHeldBy(command.Attempt))
        {
            throw new ConflictException("Another worker's claim has taken over this generation job.");
        }

        var fileKey = await db.Uploads.AsNoTracking()
                          .Where(u => u.Id == job.UploadId)
                          .Select(u => u.FileKey)
                          .SingleOrDefaultAsync(cancellationToken)
                      ?? throw new NotFoundException("upload");
        var product = await ReadAsync(fileKey, cancellationToken);

        var format = GenerationCatalog.Format(command.Format);
        var image = await generator.GenerateAsync(new GenerationRequest(product, job.Template, format, job.Headline), cancellationToken);
        if (image.Width != format.Width || image.Height != format.Height)
        {
            throw new InvalidOperationException(
                $"The generator returned {image.Width}x{image.Height} for format '{format.Name}' ({format.Width}x{format.Height}).");
        }

        return new RenderedFormat(format.Name, image);
    }

    private async Task<byte[]> ReadAsync(string fileKey, CancellationToken cancellationToken)
    {
        await using var stream = await files.OpenReadAsync(fileKey, cancellationToken) ?? throw new NotFoundException("upload");
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
