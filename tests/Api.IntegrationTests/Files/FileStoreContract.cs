using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Domain.Accounts;

namespace Pixyer.Api.IntegrationTests.Files;

/// <summary>The app's own file store (local disk under the data folder), as uploads, assets and exports will use it.</summary>
public sealed class LocalFileStoreTests(PixyerApiFactory app) : ApiTest(app)
{
    private IFileStore Store => App.Services.GetRequiredService<IFileStore>();

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Save_ShouldKeepTheBytesUnderAnUnguessableKeyThatDoesNotNameTheOwner()
    {
        var owner = AccountId.New();
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        var first = await Store.SaveAsync(owner, "uploads", new MemoryStream(bytes), CancellationToken.None);
        var second = await Store.SaveAsync(owner, "uploads", new MemoryStream(bytes), CancellationToken.None);

        Assert.NotEqual(first.Key, second.Key);
        Assert.DoesNotContain(owner.Value.ToString("N"), first.Key, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(owner.Value.ToString(), first.Key, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))), (first.Length, first.Sha256));
        await using var read = await Store.OpenReadAsync(first.Key, CancellationToken.None);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task DeleteAll_ShouldRemoveEveryFileOfTheOwnerAndNothingOfAnother()
    {
        var owner = AccountId.New();
        var other = AccountId.New();
        await Store.SaveAsync(owner, "uploads", new MemoryStream([1, 2, 3]), CancellationToken.None);
        await Store.SaveAsync(owner, "assets", new MemoryStream([4, 5, 6]), CancellationToken.None);
        var kept = await Store.SaveAsync(other, "uploads", new MemoryStream([7, 8, 9]), CancellationToken.None);

        var deleted = await Store.DeleteAllAsync(owner, CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Empty(await Store.ListAsync(owner, CancellationToken.None));
        Assert.Equal([kept.Key], await Store.ListAsync(other, CancellationToken.None));
    }

    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000/uploads/../../x")]
    public async Task OpenOrDelete_WhenKeyIsNotTheStoresOwn_ShouldTouchNothing(string key)
    {
        Assert.Null(await Store.OpenReadAsync(key, CancellationToken.None));
        await Store.DeleteAsync(key, CancellationToken.None);
    }

    [Fact]
    public async Task Save_WhenTheContentFailsMidway_ShouldLeaveNoFileBehind()
    {
        var owner = AccountId.New();

        await Assert.ThrowsAsync<IOException>(() => Store.SaveAsync(owner, "uploads", new FailingStream(), CancellationToken.None));

        Assert.Empty(await Store.ListAsync(owner, CancellationToken.None));
    }

    /// <summary>Yields some bytes, then fails like a dropped upload.</summary>
    private sealed class FailingStream : Stream
    {
        private int reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) =>
            reads++ == 0 ? count : throw new IOException("The client went away.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
