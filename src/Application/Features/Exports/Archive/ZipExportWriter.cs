using System.Collections;
using System.IO.Compression;
using System.Text.Json;
using Pixyer.Application.Common.PersonalData;

namespace Pixyer.Application.Features.Exports.Archive;

/// <summary>
/// Writes the sources' parts straight into the entries of a ZIP archive: JSON is serialized into the entry's stream
/// and files are copied stream to stream, so nothing but the current entry's buffers is ever held in memory.
/// </summary>
internal sealed class ZipExportWriter(ZipArchive zip, DateTimeOffset generatedAt) : IExportWriter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>The number of original files written.</summary>
    public int Files { get; private set; }

    public static string JsonPath(string category) => $"data/{category}.json";

    /// <summary>How many records the category's file holds (a list's items, else one), or null when none was written.</summary>
    public int? CountOf(string category) => counts.TryGetValue(category, out var count) ? count : null;

    public async Task WriteJsonAsync<T>(string category, T data, CancellationToken cancellationToken)
    {
        await using (var entry = await OpenAsync(JsonPath(category), CompressionLevel.Optimal, cancellationToken))
        {
            await JsonSerializer.SerializeAsync(entry, data, Json, cancellationToken);
        }

        counts[category] = data is ICollection collection ? collection.Count : 1;
    }

    /// <summary>Stored without compression: the originals are JPEG, PNG or WebP, compressed already.</summary>
    public async Task WriteFileAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        await using (var entry = await OpenAsync(path, CompressionLevel.NoCompression, cancellationToken))
        {
            await content.CopyToAsync(entry, cancellationToken);
        }

        Files++;
    }

    public async Task<Stream> OpenAsync(string path, CompressionLevel compression, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, compression);
        entry.LastWriteTime = generatedAt;
        return await entry.OpenAsync(cancellationToken);
    }
}
