using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Common.Files;

/// <summary>Reads a client's file into memory, refusing it (413) as soon as it passes its limit.</summary>
public static class BoundedRead
{
    /// <summary>The whole stream, refused (413) as soon as it passes <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAtMostAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var known = content.CanSeek ? content.Length - content.Position : (long?)null;
        if (known > maxBytes)
        {
            throw new PayloadTooLargeException(maxBytes);
        }

        // Sized up front when the length is known, so that the buffer is the array and nothing is copied again.
        using var buffer = new MemoryStream((int)(known ?? 0));
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new PayloadTooLargeException(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
