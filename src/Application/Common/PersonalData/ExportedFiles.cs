using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Imaging;

namespace Pixyer.Application.Common.PersonalData;

/// <summary>A stored file a row names, as it goes into an export: <c>{category}/{id}.{extension}</c>.</summary>
public sealed record ExportedFile(Guid Id, string ContentType, string FileKey);

public static class ExportedFiles
{
    /// <summary>
    /// Copies each file from the store into the export, stream to stream. A file the store no longer has is left out
    /// (its row, with its SHA-256, is in the JSON): one damaged file must not keep a person from the rest of their data.
    /// </summary>
    public static async Task WriteFilesAsync(
        this IExportWriter writer, IFileStore files, string category, IQueryable<ExportedFile> rows, CancellationToken cancellationToken)
    {
        foreach (var row in await rows.ToListAsync(cancellationToken))
        {
            await using var content = await files.OpenReadAsync(row.FileKey, cancellationToken);
            if (content is not null)
            {
                await writer.WriteFileAsync(category, $"{row.Id}.{ImageFormats.ExtensionOf(row.ContentType)}", content, cancellationToken);
            }
        }
    }
}
