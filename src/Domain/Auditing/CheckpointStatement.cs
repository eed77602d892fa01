using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pixyer.Domain.Auditing;

/// <summary>
/// What a checkpoint signs (docs/audit-log.md), in the shape of a C2SP tlog checkpoint: the log's origin, its tree
/// size, its root hash, then the time and the hash of the previous checkpoint, one per line, each ending in LF.
/// Chaining each checkpoint to the one before makes a removed checkpoint as visible as a removed entry.
/// </summary>
public sealed class CheckpointStatement
{
    public const string Origin = "pixyer.com/audit-log";

    /// <summary>The Base64 text of a SHA-256 hash (root, previous, proof hashes): 44 characters.</summary>
    public const int HashBase64Length = 4 * ((SHA256.HashSizeInBytes + 2) / 3);

    /// <summary>
    /// The longest <see cref="Text"/>: the origin (20), a tree size of at most 19 digits, two Base64 hashes, "time "
    /// with a 24-character time (years have 4 digits) and "previous ", five line feeds.
    /// </summary>
    public const int TextMaxLength = 20 + 1 + 19 + 1 + HashBase64Length + 1 + 5 + 24 + 1 + 9 + HashBase64Length + 1;

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string TimeLabel = "time ";
    private const string PreviousLabel = "previous ";

    public CheckpointStatement(long treeSize, byte[] rootHash, DateTimeOffset issuedAt, byte[] previousHash)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(treeSize);
        TreeSize = treeSize;
        RootHash = rootHash;
        IssuedAt = new DateTimeOffset(issuedAt.UtcTicks - (issuedAt.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        PreviousHash = previousHash;
        Text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Origin}\n{TreeSize}\n{Convert.ToBase64String(RootHash)}\n{TimeLabel}{IssuedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}\n{PreviousLabel}{Convert.ToBase64String(PreviousHash)}\n");
    }

    public long TreeSize { get; }

    public byte[] RootHash { get; }

    /// <summary>When it was issued, to the millisecond.</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>SHA-256 of the previous checkpoint's text; 32 zero bytes for the first checkpoint.</summary>
    public byte[] PreviousHash { get; }

    /// <summary>The exact text that is signed.</summary>
    public string Text { get; }

    public static byte[] NoPrevious() => new byte[SHA256.HashSizeInBytes];

    /// <summary>The statement that follows <paramref name="previous"/> (or starts the log) for a tree of <paramref name="treeSize"/> leaves.</summary>
    public static CheckpointStatement After(CheckpointStatement? previous, long treeSize, byte[] rootHash, DateTimeOffset issuedAt) =>
        new(treeSize, rootHash, issuedAt, previous?.Hash() ?? NoPrevious());

    /// <summary>Reads a statement back from its text; <see cref="FormatException"/> when it is not one.</summary>
    public static CheckpointStatement Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines is not [Origin, var size, var root, var time, var previous, ""]
            || !time.StartsWith(TimeLabel, StringComparison.Ordinal)
            || !previous.StartsWith(PreviousLabel, StringComparison.Ordinal))
        {
            throw new FormatException("Not a Pixyer audit checkpoint.");
        }

        var statement = new CheckpointStatement(
            long.Parse(size, NumberStyles.None, CultureInfo.InvariantCulture),
            Convert.FromBase64String(root),
            DateTimeOffset.ParseExact(time[TimeLabel.Length..], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Convert.FromBase64String(previous[PreviousLabel.Length..]));
        return statement.Text == text ? statement : throw new FormatException("Not the canonical text of a Pixyer audit checkpoint.");
    }

    public byte[] Bytes() => Encoding.UTF8.GetBytes(Text);

    /// <summary>SHA-256 of the text: what the next checkpoint names as its previous.</summary>
    public byte[] Hash() => SHA256.HashData(Bytes());
}
