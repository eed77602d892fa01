using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pixyer.Api.IntegrationTests.Features.Audit.IndependentVerifier;

/// <summary>
/// A checkpoint read from its signed text (docs/audit-log.md, "Checkpoint"): five lines, each ending in "\n":
/// the origin, the tree size in decimal, the root hash in base64, "time " and the UTC time, "previous " and the
/// SHA-256 of the previous checkpoint's text in base64.
/// </summary>
public sealed record AuditCheckpoint(string Text, long TreeSize, byte[] RootHash, DateTimeOffset IssuedAt, byte[] PreviousHash)
{
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>True for the first checkpoint of a log: its "previous" is 32 zero bytes.</summary>
    public bool IsFirst => PreviousHash.All(b => b == 0);

    /// <summary>True when this checkpoint's "previous" line is the SHA-256 of <paramref name="previous"/>'s text.</summary>
    public bool Follows(AuditCheckpoint previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return SHA256.HashData(Encoding.UTF8.GetBytes(previous.Text)).AsSpan().SequenceEqual(PreviousHash);
    }

    /// <summary>Reads a checkpoint text, accepting only the canonical shape; anything else throws <see cref="FormatException"/>.</summary>
    public static AuditCheckpoint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.EndsWith('\n'))
        {
            throw new FormatException("the text does not end in a line feed");
        }

        var lines = text[..^1].Split('\n');
        if (lines.Length != 5)
        {
            throw new FormatException($"the text has {lines.Length} lines, not 5");
        }

        if (lines[0] != IndependentAuditVerifier.Origin)
        {
            throw new FormatException($"the origin line is \"{lines[0]}\", not \"{IndependentAuditVerifier.Origin}\"");
        }

        return new AuditCheckpoint(
            text,
            ParseTreeSize(lines[1]),
            ParseHash(lines[2], "root hash"),
            ParseTime(AfterPrefix(lines[3], "time ")),
            ParseHash(AfterPrefix(lines[4], "previous "), "previous hash"));
    }

    /// <summary>Decodes standard, padded base64 of exactly 32 bytes, as written by <see cref="Convert.ToBase64String(byte[])"/>; null otherwise.</summary>
    public static byte[]? DecodeHash(string? base64)
    {
        var hash = new byte[IndependentAuditVerifier.HashSize];
        // Re-encoding rejects what the decoder tolerates: whitespace, and non-zero bits in the padding.
        return base64 is not null
            && Convert.TryFromBase64String(base64, hash, out var written)
            && written == hash.Length
            && Convert.ToBase64String(hash) == base64
                ? hash
                : null;
    }

    private static long ParseTreeSize(string line) =>
        line.Length > 0
        && line.All(char.IsAsciiDigit)
        && (line == "0" || line[0] != '0')
        && long.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            ? size
            : throw new FormatException($"the tree size line \"{line}\" is not a canonical decimal number");

    private static byte[] ParseHash(string value, string what) =>
        DecodeHash(value) ?? throw new FormatException($"the {what} \"{value}\" is not the padded base64 of 32 bytes");

    private static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.TryParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
        && time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) == value
            ? time
            : throw new FormatException($"the time \"{value}\" is not in the form {TimeFormat}");

    private static string AfterPrefix(string line, string prefix) =>
        line.StartsWith(prefix, StringComparison.Ordinal)
            ? line[prefix.Length..]
            : throw new FormatException($"the line \"{line}\" does not start with \"{prefix}\"");
}
