using Pixyer.Domain.Accounts;
using Pixyer.Domain.Assets;
using Pixyer.Domain.Uploads;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Upload and asset rows written straight into the store, for features that read them (training set, disclosures)
/// without going through the upload and generation endpoints. The rows point at no real file.
/// </summary>
public static class ServiceRows
{
    public static async Task<Upload> AddUploadAsync(this PixyerDbContext db, Guid owner, DateTimeOffset now)
    {
        var id = Guid.NewGuid().ToString("N");
        var upload = Upload.Accept(
            new AccountId(owner), "product.png", "image/png", 800, 600, 1234, new string('a', 64), $"uploads/{id}", $"thumbs/{id}", now);
        db.Uploads.Add(upload);
        await db.SaveChangesAsync();
        return upload;
    }

    public static async Task<Asset> AddAssetAsync(this PixyerDbContext db, Upload upload, DateTimeOffset now)
    {
        var asset = Asset.Produce(
            upload.OwnerId, upload.Id, Guid.CreateVersion7(), "studio", "square", "image/png", 1080, 1080, 4321, new string('b', 64),
            $"assets/{Guid.NewGuid():N}", now);
        db.Assets.Add(asset);
        await db.SaveChangesAsync();
        return asset;
    }
}
