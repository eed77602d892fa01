using Amazon.S3;
using Amazon.S3.Model;

namespace Pixyer.Infrastructure.Files;

/// <summary>
/// One object being written: sealed bytes are buffered up to a part, and each full part goes out as a part of a
/// multipart upload, started with the first one; a file smaller than one part goes out with a single PUT when it is
/// complete. S3 shows the object only once the upload is completed, so a failed write is never readable, and its parts
/// go with <see cref="AbortAsync"/> (or, after a crash, with the store's purge of abandoned writes).
/// </summary>
internal sealed class S3Upload(IAmazonS3 s3, S3StoreOptions options, string key) : IDisposable
{
    private readonly MemoryStream part = new(options.PartSize + FileCipher.MaxSealedChunk);
    private readonly List<PartETag> sent = [];
    private string? uploadId;

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        part.Write(bytes.Span);
        if (part.Length >= options.PartSize)
        {
            await SendPartAsync(cancellationToken);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (uploadId is null)
        {
            await s3.PutObjectAsync(
                new PutObjectRequest
                {
                    BucketName = options.Bucket,
                    Key = key,
                    InputStream = Buffered(),
                    UseChunkEncoding = false,
                    ServerSideEncryptionMethod = ServerSideEncryption(),
                },
                cancellationToken);
            return;
        }

        if (part.Length > 0)
        {
            await SendPartAsync(cancellationToken);
        }

        await s3.CompleteMultipartUploadAsync(
            new CompleteMultipartUploadRequest { BucketName = options.Bucket, Key = key, UploadId = uploadId, PartETags = sent },
            cancellationToken);
    }

    /// <summary>Drops the parts sent so far; runs whatever the caller's token says, as the write has failed already.</summary>
    public async Task AbortAsync()
    {
        if (uploadId is not null)
        {
            await s3.AbortMultipartUploadAsync(
                new AbortMultipartUploadRequest { BucketName = options.Bucket, Key = key, UploadId = uploadId }, CancellationToken.None);
        }
    }

    public void Dispose() => part.Dispose();

    private async Task SendPartAsync(CancellationToken cancellationToken)
    {
        uploadId ??= (await s3.InitiateMultipartUploadAsync(
            new InitiateMultipartUploadRequest { BucketName = options.Bucket, Key = key, ServerSideEncryptionMethod = ServerSideEncryption() },
            cancellationToken)).UploadId;
        var number = sent.Count + 1;
        var response = await s3.UploadPartAsync(
            new UploadPartRequest
            {
                BucketName = options.Bucket,
                Key = key,
                UploadId = uploadId,
                PartNumber = number,
                InputStream = Buffered(),
                UseChunkEncoding = false,
            },
            cancellationToken);
        sent.Add(new PartETag { PartNumber = number, ETag = response.ETag });
        part.SetLength(0);
    }

    /// <summary>
    /// The buffered bytes, without a copy, in a stream of their own: the SDK may dispose what it sends. Sent whole with
    /// its length, not in signed chunks, which S3-compatible services do not all decode.
    /// </summary>
    private MemoryStream Buffered() => new(part.GetBuffer(), 0, (int)part.Length, writable: false);

    private ServerSideEncryptionMethod? ServerSideEncryption() =>
        string.IsNullOrWhiteSpace(options.ServerSideEncryption) ? null : ServerSideEncryptionMethod.FindValue(options.ServerSideEncryption);
}
