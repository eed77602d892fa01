using Amazon.S3.Model;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Files;

namespace Pixyer.Api.IntegrationTests.Files;

/// <summary>
/// The file-store contract on the S3 store, against the local S3-compatible server, with the app's own file keys: the
/// same encryption per person, the bucket holding ciphertext only.
/// </summary>
public sealed class S3FileStoreTests(PixyerApiFactory app, S3Server s3) : FileStoreContract(app)
{
    protected override async Task<IFileStore> StoreAsync() =>
        new S3FileStore(
            await s3.ClientAsync(),
            await s3.OptionsAsync(),
            App.Services.GetRequiredService<FileKeyScheme>(),
            App.Services.GetRequiredService<FileKeyring>());

    /// <summary>A killed save leaves a multipart upload that was started and never completed.</summary>
    protected override async Task LeaveAbandonedWriteAsync(AccountId owner)
    {
        using var client = await s3.ClientAsync();
        var key = App.Services.GetRequiredService<FileKeyScheme>().NewKey(owner, "exports");
        var upload = await client.InitiateMultipartUploadAsync(S3Server.Bucket, key);
        await client.UploadPartAsync(new UploadPartRequest
        {
            BucketName = S3Server.Bucket,
            Key = key,
            UploadId = upload.UploadId,
            PartNumber = 1,
            InputStream = new MemoryStream([1, 2, 3]),
            UseChunkEncoding = false,
        });
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Save_ShouldPutOnlyCiphertextIntoTheBucket()
    {
        var store = await StoreAsync();
        var plaintext = "a person's photo, as plain as it comes"u8.ToArray();

        var stored = await store.SaveAsync(AccountId.New(), "uploads", new MemoryStream(plaintext), CancellationToken.None);

        using var client = await s3.ClientAsync();
        using var raw = await client.GetObjectAsync(S3Server.Bucket, stored.Key);
        using var copy = new MemoryStream();
        await raw.ResponseStream.CopyToAsync(copy);
        Assert.Equal("PXF1"u8.ToArray(), copy.ToArray()[..4]);
        Assert.Equal(-1, copy.ToArray().AsSpan().IndexOf(plaintext.AsSpan(0, 16)));
    }
}
