namespace Pixyer.Application.Common;

/// <summary>
/// The links the API gives to its own resources: a fixed path around one id, relative to the API's origin (never the
/// configured public base URL), so that each has a fixed length, which the OpenAPI document declares.
/// </summary>
public static class ResourceLinks
{
    /// <summary>A uuid as the links spell it ("D" format).</summary>
    private const int IdLength = 36;

    public const int UploadContentLength = 16 + IdLength + 8;
    public const int UploadThumbnailLength = 16 + IdLength + 10;
    public const int ShowcaseImageLength = 18 + IdLength + 6;
    public const int ExportDownloadLength = 19 + IdLength + 9;
    public const int DeidentifiedExportDownloadLength = 35 + IdLength + 9;

    public static string Of(string prefix, Guid id, string suffix) => string.Concat(prefix, id.ToString("D"), suffix);
}
