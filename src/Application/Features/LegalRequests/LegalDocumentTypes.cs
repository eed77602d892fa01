using Pixyer.Application.Common;
using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Features.LegalRequests;

/// <summary>The types a legal document may be (PDF, or a scan as JPEG, PNG or WebP), recognised from its first bytes.</summary>
public static class LegalDocumentTypes
{
    private static readonly (string ContentType, byte[] Magic, int Offset)[] Signatures =
    [
        ("application/pdf", "%PDF-"u8.ToArray(), 0),
        ("image/jpeg", [0xFF, 0xD8, 0xFF], 0),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0),
        ("image/webp", "WEBP"u8.ToArray(), 8),
    ];

    public static IReadOnlyList<string> All => Signatures.Select(s => s.ContentType).ToList();

    /// <summary>The content type <paramref name="content"/> starts as, or 415 <c>unsupported-document-type</c>.</summary>

    public static string Detect(ReadOnlySpan<byte> content)
    {
        foreach (var (contentType, magic, offset) in Signatures)
        {
            if (content.Length >= offset + magic.Length && content.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                return contentType;
            }
        }

        throw new UnsupportedDocumentTypeException();
    }

    public static string ExtensionOf(string contentType) => contentType == "application/pdf" ? "pdf" : Common.Imaging.ImageFormats.ExtensionOf(contentType);
}

/// <summary>A legal document that is neither a PDF nor an image (415).</summary>
public sealed class UnsupportedDocumentTypeException()
    : ProblemException(
        415,
        "unsupported-document-type",
        "Unsupported document type",
        "A legal document is a PDF, or a scan as JPEG, PNG or WebP. Its content decides, not its declared type.");

/// <summary>The property holds one of <see cref="LegalDocumentTypes"/>.</summary>
public sealed class LegalDocumentTypeAttribute() : WireNameOfAttribute(LegalDocumentTypes.All);
