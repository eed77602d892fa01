using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Pixyer.Domain.Auditing;

/// <summary>
/// The bytes an entry's leaf hash covers (docs/audit-log.md): a format tag, then every field in a fixed order, each
/// as a 4-byte big-endian length and its UTF-8 text, a missing value as the length 0xFFFFFFFF. Lengths make the
/// encoding unambiguous whatever a field contains, and it is easy to write again in any language.
/// </summary>
public static class AuditLeaf
{
    public const string Format = "pixyer-audit-entry/v1";
    private const uint Missing = uint.MaxValue;

    public static byte[] Encode(AuditEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, Format);
        Write(buffer, Id(entry.Id.Value));
        Write(buffer, entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Write(buffer, entry.ActorId is { } actor ? Id(actor) : null);
        Write(buffer, entry.ActorRole);
        Write(buffer, entry.SubjectId is { } subject ? Id(subject) : null);
        Write(buffer, entry.RequestName);
        Write(buffer, entry.Outcome.ToString());
        Write(buffer, entry.ProblemType);
        Write(buffer, entry.CorrelationId);
        return buffer.WrittenSpan.ToArray();
    }

    private static string Id(Guid id) => id.ToString("D");

    private static void Write(ArrayBufferWriter<byte> buffer, string? value)
    {
        var length = value is null ? 0 : Encoding.UTF8.GetByteCount(value);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.GetSpan(4), value is null ? Missing : (uint)length);
        buffer.Advance(4);
        if (value is not null)
        {
            buffer.Advance(Encoding.UTF8.GetBytes(value, buffer.GetSpan(length)));
        }
    }
}
