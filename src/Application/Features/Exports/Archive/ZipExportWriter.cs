using System.IO.Compression;
using System.Text.Json;
using Pixyer.Application.Common.PersonalData;

namespace Pixyer.Application.Features.Exports.Archive;

/// <summary>
/// Writes the sources' parts straight into the entries of a ZIP archive: JSON is serialized into the entry's stream
/// and files are copied stream to stream, so nothing but the current entry's buffers is ever held in memory. It counts
/// each category's records and files as it writes them, for the manifest. Every entry goes under <paramref name="root"/>
/// (e.g. <c>subjects/{id}/</c> when one archive holds several subjects' data).
/// </summary>
internal sealed class ZipExportWriter(ZipArchive zip, DateTimeOffset generatedAt, string root = "") : IExportWriter
{
    private readonly Dictionary<string, int> records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> files = new(StringComparer.Ordinal);

    /// <summary>The number of original files written, of every category.</summary>
    public int Files => files.Values.Sum();

    public static string JsonPath(string category) => $"data/{category}.json";

    /// <summary>How many records the category's file holds, or null when the category wrote no file.</summary>
    public int? RecordsOf(string category) => records.TryGetValue(category, out var count) ? count : null;

    /// <summary>How many original files the category wrote under <c>{category}/</c>.</summary>
    public int FilesOf(string category) => files.GetValueOrDefault(category);

    /// <summary>The manifest's entry for <paramref name="source"/>, from what it wrote.</summary>
    public ExportedCategory CategoryOf(IPersonalDataSource source)
    {
        var written = RecordsOf(source.Category);
        return new ExportedCategory(source.Category, source.Obligations, written is null ? null : JsonPath(source.Category), written ?? 0, FilesOf(source.Category));
    }

    /// <summary>Writes <paramref name="data"/> as the JSON entry <paramref name="path"/> (e.g. the manifest).</summary>
    public async Task WriteJsonFileAsync<T>(string path, T data, CancellationToken cancellationToken)
    {
        await using var entry = await OpenAsync(path, CompressionLevel.Optimal, cancellationToken);
        await JsonSerializer.SerializeAsync(entry, data, ExportJson.Options, cancellationToken);
    }

    public async Task WriteRecordsAsync<T>(string category, IEnumerable<T> items, CancellationToken cancellationToken)
    {
        var written = 0;
        IEnumerable<T> Counted()
        {
            foreach (var item in items)
            {
                written++;
                yield return item;
            }
        }

        await WriteJsonAsync(category, Counted(), cancellationToken);
        records[category] = written;
    }

    public async Task WriteRecordAsync<T>(string category, T record, CancellationToken cancellationToken)
    {
        await WriteJsonAsync(category, record, cancellationToken);
        records[category] = 1;
    }

    /// <summary>Stored without compression: the originals are JPEG, PNG or WebP, compressed already.</summary>
    public async Task WriteFileAsync(string category, string name, Stream content, CancellationToken cancellationToken)
    {
        await using (var entry = await OpenAsync($"{category}/{name}", CompressionLevel.NoCompression, cancellationToken))
        {
            await content.CopyToAsync(entry, cancellationToken);
        }

        files[category] = FilesOf(category) + 1;
    }

    public async Task<Stream> OpenAsync(string path, CompressionLevel compression, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(root + path, compression);
        entry.LastWriteTime = generatedAt;
        return await entry.OpenAsync(cancellationToken);
    }

    private Task WriteJsonAsync<T>(string category, T data, CancellationToken cancellationToken) =>
        WriteJsonFileAsync(JsonPath(category), data, cancellationToken);
}
