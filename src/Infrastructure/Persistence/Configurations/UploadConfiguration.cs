using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Uploads;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class UploadConfiguration : IEntityTypeConfiguration<Upload>
{
    public void Configure(EntityTypeBuilder<Upload> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.OriginalName).HasMaxLength(255);
        builder.Property(u => u.ContentType).HasMaxLength(32);
        builder.Property(u => u.Sha256).HasMaxLength(Sha256Hex.Length).IsFixedLength();
        builder.Property(u => u.FileKey).HasMaxLength(128);
        builder.Property(u => u.ThumbnailKey).HasMaxLength(128);
        builder.HasOne<Account>().WithMany().HasForeignKey(u => u.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // "My uploads", newest first.
        builder.HasIndex(u => new { u.OwnerId, u.UploadedAt });
    }
}
