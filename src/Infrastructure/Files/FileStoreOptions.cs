namespace Pixyer.Infrastructure.Files;

/// <summary>Where stored files live: <c>Pixyer:Files</c>.</summary>
public sealed class FileStoreOptions
{
    public const string LocalStore = "local";
    public const string S3Store = "s3";

    /// <summary><c>local</c> (the data folder, one node) or <c>s3</c> (an S3-compatible bucket that every node shares).</summary>
    public string Store { get; set; } = LocalStore;

    public S3StoreOptions S3 { get; set; } = new();

    public bool UsesS3 => string.Equals(Store, S3Store, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The bucket of the S3 store: <c>Pixyer:Files:S3</c>. Credentials come from configuration or the environment only.</summary>
public sealed class S3StoreOptions
{
    public string? Bucket { get; set; }

    /// <summary>The bucket's region (e.g. <c>eu-central-1</c>); with <see cref="ServiceUrl"/>, the region requests are signed for.</summary>
    public string? Region { get; set; }

    /// <summary>The endpoint of an S3-compatible service (MinIO, Ceph, a provider's S3 API); empty: AWS itself.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Bucket in the path instead of the host name, as most S3-compatible services need.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>With <see cref="SecretKey"/>; when both are empty, the SDK's own chain (environment, instance role) is used.</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>
    /// The <c>x-amz-server-side-encryption</c> asked for on every write (<c>AES256</c> or <c>aws:kms</c>), on top of the
    /// per-person encryption; empty: none asked for (the bucket's default applies).
    /// </summary>
    public string? ServerSideEncryption { get; set; }

    /// <summary>
    /// Bytes buffered per part of a multipart upload (at least S3's minimum of 5 MiB): the memory one save holds. A
    /// file smaller than one part is written with one PUT.
    /// </summary>
    public int PartSize { get; set; } = MinimumPartSize;

    public const int MinimumPartSize = 5 * 1024 * 1024;
}
