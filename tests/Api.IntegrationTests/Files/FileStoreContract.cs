using System.Security.Cryptography;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Domain.Accounts;

namespace Pixyer.Api.IntegrationTests.Files;

/// <summary>
/// What every file store promises (<see cref="IFileStore"/>), proved against each of them: the local disk
/// (<see cref="LocalFileStoreTests"/>) and an S3-compatible bucket (<see cref="S3FileStoreTests"/>).
/// </summary>
public abstract class FileStoreContract(PixyerApiFactory app) : ApiTest(app)
{
    /// <summary>Larger than one S3 part (5 MiB), so that the S3 store writes it with a multipart upload.</summary>
    private const int MultiMegabytes = 12 * 1024 * 1024;

    protected abstract Task<IFileStore> StoreAsync();

    /// <summary>Leaves what a process killed in the middle of a save of the owner's file leaves in the store.</summary>
    protected abstract Task LeaveAbandonedWriteAsync(AccountId owner);

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Save_ShouldKeepTheBytesUnderAnUnguessableKeyThatDoesNotNameTheOwner()
    {
        var store = await StoreAsync();
        var owner = AccountId.New();
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        var first = await store.SaveAsync(owner, "uploads", new MemoryStream(bytes), CancellationToken.None);
        var second = await store.SaveAsync(owner, "uploads", new MemoryStream(bytes), CancellationToken.None);

        Assert.NotEqual(first.Key, second.Key);
        Assert.DoesNotContain(owner.Value.ToString("N"), first.Key, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(owner.Value.ToString(), first.Key, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))), (first.Length, first.Sha256));
        Assert.Equal(bytes, await ReadAllAsync(store, first.Key));
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task Save_OfAMultiMegabyteStream_ShouldReadBackTheSameBytes()
    {
        var store = await StoreAsync();
        var owner = AccountId.New();
        var bytes = RandomNumberGenerator.GetBytes(MultiMegabytes + 12_345);

        var stored = await store.SaveAsync(owner, "exports", new UnseekableStream(bytes), CancellationToken.None);

        Assert.Equal((bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))), (stored.Length, stored.Sha256));
        Assert.Equal(bytes, await ReadAllAsync(store, stored.Key));
    }

    [Theory]
    [Trait("Obligation", "G3")]
    [InlineData(100)]
    [InlineData(MultiMegabytes)]
    public async Task Save_WhenTheContentFailsMidway_ShouldLeaveNothingBehind(int bytesBeforeFailure)
    {
        var store = await StoreAsync();
        var owner = AccountId.New();

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(owner, "exports", new FailingStream(bytesBeforeFailure), CancellationToken.None));

        Assert.Empty(await store.ListAsync(owner, CancellationToken.None));
        Assert.Equal(0, await store.DeleteAbandonedWritesAsync(DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None));
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task Save_WhenCancelledMidway_ShouldLeaveNothingBehind()
    {
        var store = await StoreAsync();
        var owner = AccountId.New();
        using var cancel = new CancellationTokenSource();
        var content = new FailingStream(MultiMegabytes, onEnd: cancel.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(owner, "exports", content, cancel.Token));

        Assert.Empty(await store.ListAsync(owner, CancellationToken.None));
        Assert.Equal(0, await store.DeleteAbandonedWritesAsync(DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None));
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task Delete_ShouldLeaveTheFileUnreadableAndTheOthersAlone()
    {
        var store = await StoreAsync();
        var owner = AccountId.New();
        var gone = await store.SaveAsync(owner, "assets", new MemoryStream([1, 2, 3]), CancellationToken.None);
        var kept = await store.SaveAsync(owner, "assets", new MemoryStream([4, 5, 6]), CancellationToken.None);

        await store.DeleteAsync(gone.Key, CancellationToken.None);
        await store.DeleteAsync(gone.Key, CancellationToken.None);

        Assert.Null(await store.OpenReadAsync(gone.Key, CancellationToken.None));
        Assert.Equal([kept.Key], await store.ListAsync(owner, CancellationToken.None));
        Assert.Equal([4, 5, 6], await ReadAllAsync(store, kept.Key));
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task List_ShouldNameEveryFileOfTheOwnerAndNoneOfAnother()
    {
        var store = await StoreAsync();
        var owner = AccountId.New();
        var upload = await store.SaveAsync(owner, "uploads", new MemoryStream([1]), CancellationToken.None);
        var asset = await store.SaveAsync(owner, "assets", new MemoryStream([2]), CancellationToken.None);
        await store.SaveAsync(AccountId.New(), "uploads", new MemoryStream([3]), CancellationToken.None);

        Assert.Equal(new[] { upload.Key, asset.Key }.Order(StringComparer.Ordinal), await store.ListAsync(owner, CancellationToken.None));
        Assert.Empty(await store.ListAsync(AccountId.New(), CancellationToken.None));
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task DeleteAll_ShouldRemoveEveryFileOfTheOwnerAndNothingOfAnother()
    {
        var store = await StoreAsync();
        var owner = AccountId.New();
        var other = AccountId.New();
        var first = await store.SaveAsync(owner, "uploads", new MemoryStream([1, 2, 3]), CancellationToken.None);
        await store.SaveAsync(owner, "assets", new MemoryStream([4, 5, 6]), CancellationToken.None);
        var kept = await store.SaveAsync(other, "uploads", new MemoryStream([7, 8, 9]), CancellationToken.None);

        var deleted = await store.DeleteAllAsync([owner], CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Empty(await store.ListAsync(owner, CancellationToken.None));
        Assert.Null(await store.OpenReadAsync(first.Key, CancellationToken.None));
        Assert.Equal([kept.Key], await store.ListAsync(other, CancellationToken.None));
        Assert.Equal(0, await store.DeleteAllAsync([owner], CancellationToken.None));
    }

    [Fact]
    [Trait("Obligation", "R2")]
    public async Task DeleteAll_OfABatchOfOwners_ShouldRemoveEachOnesFilesAndUnfinishedWritesAndNothingOfAnother()
    {
        var store = await StoreAsync();
        var owners = Enumerable.Range(0, 12).Select(_ => AccountId.New()).ToList();
        foreach (var owner in owners)
        {
            await store.SaveAsync(owner, "uploads", new MemoryStream([1, 2]), CancellationToken.None);
        }

        var other = AccountId.New();
        var kept = await store.SaveAsync(other, "uploads", new MemoryStream([3]), CancellationToken.None);
        await LeaveAbandonedWriteAsync(owners[5]);
        await LeaveAbandonedWriteAsync(other);

        Assert.Equal(owners.Count, await store.DeleteAllAsync(owners, CancellationToken.None));

        foreach (var owner in owners)
        {
            Assert.Empty(await store.ListAsync(owner, CancellationToken.None));
        }

        Assert.Equal([3], await ReadAllAsync(store, kept.Key));
        Assert.Equal(1, await store.DeleteAbandonedWritesAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
    }

    [Fact]
    [Trait("Obligation", "C2")]
    public async Task ListAndDeleteAll_WhenTheOwnerHasMoreFilesThanOneListingPage_ShouldReachEveryOne()
    {
        // S3 lists at most 1,000 keys per answer: a person with more must still be listed and erased whole.
        const int files = 1_001;
        var store = await StoreAsync();
        var owner = AccountId.New();
        var saved = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, files), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            saved.Add((await store.SaveAsync(owner, "assets", new MemoryStream([(byte)i]), token)).Key));

        Assert.Equal(saved.Order(StringComparer.Ordinal), await store.ListAsync(owner, CancellationToken.None));
        Assert.Equal(files, await store.DeleteAllAsync([owner], CancellationToken.None));
        Assert.Empty(await store.ListAsync(owner, CancellationToken.None));
    }

    [Fact]
    [Trait("Obligation", "R2")]
    public async Task DeleteAbandonedWrites_ShouldRemoveTheWritesStartedBeforeTheCutOffOnly()
    {
        var store = await StoreAsync();
        var owner = AccountId.New();
        var finished = await store.SaveAsync(owner, "exports", new MemoryStream([1, 2, 3]), CancellationToken.None);
        await LeaveAbandonedWriteAsync(owner);

        Assert.Equal(0, await store.DeleteAbandonedWritesAsync(DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None));
        Assert.Equal(1, await store.DeleteAbandonedWritesAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
        Assert.Equal(0, await store.DeleteAbandonedWritesAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
        Assert.Equal([1, 2, 3], await ReadAllAsync(store, finished.Key));
    }

    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000/uploads/../../x")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000/uploads/00000000000000000000000000000000")]
    public async Task OpenOrDelete_WhenKeyIsNotAStoredFile_ShouldTouchNothing(string key)
    {
        var store = await StoreAsync();

        Assert.Null(await store.OpenReadAsync(key, CancellationToken.None));
        await store.DeleteAsync(key, CancellationToken.None);
    }

    private static async Task<byte[]> ReadAllAsync(IFileStore store, string key)
    {
        await using var read = await store.OpenReadAsync(key, CancellationToken.None) ?? throw new InvalidOperationException($"{key} is not readable.");
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>Content of unknown length, as a request body or the export's pipe is.</summary>
    private sealed class UnseekableStream(byte[] bytes) : FailingStream(bytes.Length)
    {
        private int position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = Math.Min(count, bytes.Length - position);
            bytes.AsSpan(position, read).CopyTo(buffer.AsSpan(offset));
            position += read;
            return read;
        }
    }

    /// <summary>
    /// Yields <paramref name="length"/> bytes, then fails like a dropped upload; with <paramref name="onEnd"/>, runs it
    /// there and goes on yielding, as a body still arriving when the request is cancelled.
    /// </summary>
    private class FailingStream(int length, Action? onEnd = null) : Stream
    {
        private int given;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (given >= length)
            {
                (onEnd ?? throw new IOException("The client went away."))();
            }

            var read = onEnd is null ? Math.Min(count, length - given) : count;
            RandomNumberGenerator.Fill(buffer.AsSpan(offset, read));
            given += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
