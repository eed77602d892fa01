namespace Pixyer.Domain.Generation;

/// <summary>Why a generation job failed, as the API reports it: codes, never an exception's message.</summary>
public static class GenerationFailures
{
    /// <summary>The upload was deleted before the job could finish.</summary>
    public const string UploadDeleted = "upload_deleted";

    /// <summary>Every attempt to render failed (for instance, the photo cannot be decoded, or the provider refused).</summary>
    public const string RenderingFailed = "rendering_failed";

    /// <summary>Every attempt was cut short: the workers holding it stopped and their leases ran out.</summary>
    public const string Interrupted = "interrupted";

    public static readonly IReadOnlyList<string> All = [UploadDeleted, RenderingFailed, Interrupted];
}
