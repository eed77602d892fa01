namespace Pixyer.Application.Features.Uploads;

/// <summary>The <c>Pixyer:Uploads</c> section: what an uploaded image may weigh (obligation C2).</summary>
public sealed class UploadOptions
{
    public const string Section = "Pixyer:Uploads";

    /// <summary>The largest file accepted; a larger one answers 413.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most pixels accepted, read from the header before decoding (a 40 MP image decodes to 160 MB).</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>What a multipart request may add around the file (boundaries, part headers, a file name).</summary>
    public const long MultipartAllowance = 64 * 1024;

    public long MaxRequestBytes => MaxBytes + MultipartAllowance;
}
