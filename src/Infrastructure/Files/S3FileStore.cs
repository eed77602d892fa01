using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Files;
using Pixyer.Domain.Accounts;

namespace Pixyer.Infrastructure.Files;

/// <summary>
/// Files in an S3-compatible bucket that every node shares, under the same keys as on local disk
/// (<see cref="FileKeyScheme"/>): the owner group is the key prefix. Each file is encrypted with its owner's file key
/// before it leaves the node, streamed a part at a time (<see cref="S3Upload"/>), and decrypted as it is read, so the
/// bucket only ever holds ciphertext and an erasure's key destruction reaches every copy the provider keeps.
/// </summary>
public sealed class S3FileStore(IAmazonS3 s3, IOptions<InfrastructureOptions> options, FileKeyScheme scheme, FileKeyring keys) : IFileStore
{
    private const int MaxKeysPerDelete = 1000;

    // Owners whose objects are listed and deleted at once by a batch erasure: requests in flight, not CPU.
    private const int ConcurrentGroupDeletes = 8;

    private S3StoreOptions Bucket => options.Value.Files.S3;

    public async Task<StoredFile> SaveAsync(AccountId owner, string category, Stream content, CancellationToken cancellationToken)
    {
        var key = scheme.NewKey(owner, category);
        var (keyId, dataKey) = await keys.OfOwnerAsync(owner, cancellationToken);
        using var upload = new S3Upload(s3, Bucket, key);
        try
        {
            var written = await SealedCopy.WriteAsync(content, keyId, dataKey, upload.WriteAsync, cancellationToken);
            await upload.CompleteAsync(cancellationToken);
            return new StoredFile(key, written.Length, written.Sha256);
        }
        catch
        {
            await upload.AbortAsync();
            throw;
        }
    }

    /// <summary>Null also when the file's key was destroyed: a copy kept after its owner's erasure is unreadable.</summary>
    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        if (!FileKeyScheme.IsKey(key))
        {
            return null;
        }

        GetObjectResponse response;
        try
        {
            response = await s3.GetObjectAsync(Bucket.Bucket, key, cancellationToken);
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return await SealedCopy.OpenAsync(response.ResponseStream, keys, cancellationToken);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (FileKeyScheme.IsKey(key))
        {
            await s3.DeleteObjectAsync(Bucket.Bucket, key, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(AccountId owner, CancellationToken cancellationToken)
    {
        var listed = new List<string>();
        var request = new ListObjectsV2Request { BucketName = Bucket.Bucket, Prefix = GroupPrefix(owner) };
        await foreach (var item in s3.Paginators.ListObjectsV2(request).S3Objects.WithCancellation(cancellationToken))
        {
            listed.Add(item.Key);
        }

        return listed.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Each owner's objects, listed by their prefix (several owners at once), then the parts of any upload of theirs still
    /// open (a crash mid-write): one listing of the open uploads for the whole batch, not one per owner.
    /// </summary>
    public async Task<int> DeleteAllAsync(IReadOnlyCollection<AccountId> owners, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await Parallel.ForEachAsync(
            owners,
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentGroupDeletes, CancellationToken = cancellationToken },
            async (owner, token) => Interlocked.Add(ref deleted, await DeleteGroupAsync(owner, token)));

        var groups = owners.Select(GroupPrefix).ToHashSet(StringComparer.Ordinal);
        await AbortUploadsAsync(groups.Count == 1 ? groups.Single() : null, upload => groups.Contains(GroupPrefixOf(upload.Key)), cancellationToken);
        return deleted;
    }

    /// <summary>Multipart uploads of ours started before <paramref name="writtenBefore"/> and never completed.</summary>
    public Task<int> DeleteAbandonedWritesAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken) =>
        AbortUploadsAsync(null, upload => upload.Initiated?.ToUniversalTime() < writtenBefore.UtcDateTime, cancellationToken);

    private async Task<int> AbortUploadsAsync(string? prefix, Func<MultipartUpload, bool> which, CancellationToken cancellationToken)
    {
        var aborted = 0;
        var request = new ListMultipartUploadsRequest { BucketName = Bucket.Bucket, Prefix = prefix };
        while (true)
        {
            var page = await s3.ListMultipartUploadsAsync(request, cancellationToken);
            foreach (var upload in (page.MultipartUploads ?? []).Where(u => FileKeyScheme.IsKey(u.Key) && which(u)))
            {
                await s3.AbortMultipartUploadAsync(
                    new AbortMultipartUploadRequest { BucketName = Bucket.Bucket, Key = upload.Key, UploadId = upload.UploadId }, cancellationToken);
                aborted++;
            }

            if (page.IsTruncated != true)
            {
                return aborted;
            }

            request.KeyMarker = page.NextKeyMarker;
            request.UploadIdMarker = page.NextUploadIdMarker;
        }
    }

    private async Task<int> DeleteGroupAsync(AccountId owner, CancellationToken cancellationToken)
    {
        var listed = await ListAsync(owner, cancellationToken);
        foreach (var batch in listed.Chunk(MaxKeysPerDelete))
        {
            await s3.DeleteObjectsAsync(
                new DeleteObjectsRequest { BucketName = Bucket.Bucket, Objects = batch.Select(k => new KeyVersion { Key = k }).ToList() },
                cancellationToken);
        }

        return listed.Count;
    }

    private string GroupPrefix(AccountId owner) => scheme.OwnerGroup(owner) + "/";

    /// <summary>The group prefix of a key that <see cref="FileKeyScheme.IsKey"/> accepted.</summary>
    private static string GroupPrefixOf(string key) => key[..(key.IndexOf('/', StringComparison.Ordinal) + 1)];
}
