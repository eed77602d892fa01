using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Files;

namespace Pixyer.Api.IntegrationTests.Files;

/// <summary>The file-store contract on the default store: the data folder's <c>files/</c>.</summary>
public sealed class LocalFileStoreTests(PixyerApiFactory app) : FileStoreContract(app)
{
    protected override Task<IFileStore> StoreAsync()
    {
        var store = App.Services.GetRequiredService<IFileStore>();
        Assert.IsType<LocalFileStore>(store);
        return Task.FromResult(store);
    }

    /// <summary>A killed save leaves its temporary file, as written a moment ago.</summary>
    protected override Task LeaveAbandonedWriteAsync(AccountId owner)
    {
        var key = App.Services.GetRequiredService<FileKeyScheme>().NewKey(owner, "exports");
        var path = Path.Combine(App.DataDirectory, LocalFileStore.FolderName, key + ".partial");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.WriteAllBytesAsync(path, [1, 2, 3]);
    }
}
