using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Advertising;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class AdProfileConfiguration : IEntityTypeConfiguration<AdProfile>
{
    public void Configure(EntityTypeBuilder<AdProfile> builder)
    {
        builder.ToTable("ad_profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.PrimitiveCollection(p => p.Segments).ElementType(e => e.HasConversion<WireNameConverter<AdSegment>>().HasMaxLength(32));
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // One profile per person.
        builder.HasIndex(p => p.OwnerId).IsUnique();
    }
}
