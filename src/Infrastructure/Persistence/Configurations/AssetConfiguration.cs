using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Assets;
using Pixyer.Domain.Common;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Uploads;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Template).HasMaxLength(32);
        builder.Property(a => a.Format).HasMaxLength(32);
        builder.Property(a => a.ContentType).HasMaxLength(32);
        builder.Property(a => a.Sha256).HasMaxLength(Sha256Hex.Length).IsFixedLength();
        builder.Property(a => a.FileKey).HasMaxLength(128);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Upload>().WithMany().HasForeignKey(a => a.UploadId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<GenerationJob>().WithMany().HasForeignKey(a => a.GenerationJobId).OnDelete(DeleteBehavior.Cascade);
        // One asset per format per job: a job that is retried after a crash cannot produce a duplicate.
        builder.HasIndex(a => new { a.GenerationJobId, a.Format }).IsUnique();
        builder.HasIndex(a => new { a.OwnerId, a.CreatedAt });
        builder.HasIndex(a => a.UploadId);
    }
}
