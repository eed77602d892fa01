using System.Text;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.PersonalData;

namespace Pixyer.Infrastructure.PersonalData;

/// <summary>
/// Reads every file under the data folder, a megabyte at a time with an overlap as long as the longest value, folds
/// ASCII letters to lower case and looks for each value's lower-case UTF-8 bytes. Open files (the database, its log)
/// are read as they are on disk, shared with their writer.
/// </summary>
internal sealed class DataFolderRawScan(IOptions<InfrastructureOptions> options) : IRawStorageScan
{
    private const int ChunkSize = 1 << 20;

    public async Task<RawStorageReport> ScanAsync(IReadOnlyCollection<string> values, CancellationToken cancellationToken)
    {
        var root = options.Value.DataPath();
        var needles = values.Where(v => v.Length > 0).Select(v => Encoding.UTF8.GetBytes(v.ToLowerInvariant())).ToList();
        var scanned = new List<string>();
        var findings = new List<string>();
        if (!Directory.Exists(root))
        {
            return new RawStorageReport(scanned, findings);
        }

        foreach (var store in Directory.EnumerateFileSystemEntries(root).Order(StringComparer.Ordinal))
        {
            var files = Directory.Exists(store) ? Directory.GetFiles(store, "*", SearchOption.AllDirectories) : [store];
            long bytes = 0;
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                var (length, found) = await SearchAsync(file, needles, cancellationToken);
                bytes += length;
                if (found)
                {
                    findings.Add($"raw bytes: {Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/')}");
                }
            }

            var name = Path.GetFileName(store);
            scanned.Add(Directory.Exists(store) ? $"{name}/: {files.Length} files, {bytes} bytes" : $"{name}: {bytes} bytes");
        }

        return new RawStorageReport(scanned, findings);
    }

    private static async Task<(long Length, bool Found)> SearchAsync(string path, List<byte[]> needles, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
        }
        catch (FileNotFoundException)
        {
            // Gone between the listing and the read (a temporary file renamed, a log truncated away): nothing to read.
            return (0, false);
        }

        await using (stream)
        {
            var overlap = needles.Count == 0 ? 0 : needles.Max(n => n.Length) - 1;
            var buffer = new byte[ChunkSize + overlap];
            int kept = 0, read;
            long length = 0;
            var found = false;
            while ((read = await stream.ReadAsync(buffer.AsMemory(kept, ChunkSize), cancellationToken)) > 0)
            {
                length += read;
                var window = buffer.AsSpan(0, kept + read);
                FoldAsciiToLower(window[kept..]);
                found = found || Contains(window, needles);
                kept = Math.Min(overlap, window.Length);
                window[^kept..].CopyTo(buffer);
            }

            return (length, found);
        }
    }

    private static bool Contains(ReadOnlySpan<byte> window, List<byte[]> needles)
    {
        foreach (var needle in needles)
        {
            if (window.IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void FoldAsciiToLower(Span<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is >= (byte)'A' and <= (byte)'Z')
            {
                bytes[i] += 'a' - 'A';
            }
        }
    }
}
