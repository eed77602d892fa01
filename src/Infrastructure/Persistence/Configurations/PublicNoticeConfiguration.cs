using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Notices;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Title).HasMaxLength(PublicNotice.TitleMaxLength);
        builder.Property(n => n.Body).HasMaxLength(PublicNotice.BodyMaxLength);
        builder.Property(n => n.Reference).HasMaxLength(100);
        builder.HasIndex(n => n.PublishedAt);
        builder.HasIndex(n => new { n.Kind, n.Reference });
    }
}
