using System.Security.Cryptography;

namespace Pixyer.Domain.Common;

/// <summary>A SHA-256 digest as Pixyer writes it: lower-case hex, always <see cref="Length"/> characters.</summary>
public static class Sha256Hex
{
    public const int Length = SHA256.HashSizeInBytes * 2;

    public static string Of(ReadOnlySpan<byte> content) => Format(SHA256.HashData(content));

    /// <summary>A digest already computed (e.g. incrementally, while a file was written).</summary>
    public static string Format(ReadOnlySpan<byte> digest) =>
        digest.Length == SHA256.HashSizeInBytes
            ? Convert.ToHexStringLower(digest)
            : throw new ArgumentException($"A SHA-256 digest is {SHA256.HashSizeInBytes} bytes.", nameof(digest));
}
