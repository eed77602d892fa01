using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Assets;
using Pixyer.Domain.Showcases;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class ShowcaseConfiguration : IEntityTypeConfiguration<Showcase>
{
    public void Configure(EntityTypeBuilder<Showcase> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(Showcase.TitleMaxLength);
        // Deleting the asset, or the account and its assets with it, unpublishes it in the same statement (D1).
        builder.HasOne<Asset>().WithMany().HasForeignKey(s => s.AssetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.AssetId).IsUnique();
        builder.HasIndex(s => s.OwnerId);
        builder.HasIndex(s => s.PublishedAt);
    }
}
