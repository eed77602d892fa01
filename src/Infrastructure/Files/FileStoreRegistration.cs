using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Files;

namespace Pixyer.Infrastructure.Files;

public static class FileStoreRegistration
{
    /// <summary>The store <c>Pixyer:Files:Store</c> names; a node does not start with an S3 store it cannot address.</summary>
    public static IServiceCollection AddPixyerFileStore(this IServiceCollection services, FileStoreOptions options)
    {
        services.AddSingleton<FileKeyScheme>();
        if (!options.UsesS3)
        {
            return string.Equals(options.Store, FileStoreOptions.LocalStore, StringComparison.OrdinalIgnoreCase)
                ? services.AddSingleton<IFileStore, LocalFileStore>()
                : throw new InvalidOperationException($"Pixyer:Files:Store is '{FileStoreOptions.LocalStore}' or '{FileStoreOptions.S3Store}', not '{options.Store}'.");
        }

        var s3 = options.S3;
        if (string.IsNullOrWhiteSpace(s3.Bucket) || (string.IsNullOrWhiteSpace(s3.Region) && string.IsNullOrWhiteSpace(s3.ServiceUrl)))
        {
            throw new InvalidOperationException("Pixyer:Files:S3 needs a Bucket, and a Region or a ServiceUrl.");
        }

        if (s3.PartSize < S3StoreOptions.MinimumPartSize)
        {
            throw new InvalidOperationException($"Pixyer:Files:S3:PartSize is at least {S3StoreOptions.MinimumPartSize} bytes (S3's smallest part).");
        }

        services.AddSingleton(_ => S3Client.Create(s3));
        return services.AddSingleton<IFileStore, S3FileStore>();
    }
}
