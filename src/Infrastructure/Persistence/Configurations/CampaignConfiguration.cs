using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Subject).HasMaxLength(Campaign.SubjectMaxLength);
        builder.Property(c => c.Body).HasMaxLength(Campaign.BodyMaxLength);
        builder.Property(c => c.Audience).HasMaxLength(4000);
        builder.HasMany(c => c.Mails).WithOne().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Mails).HasField("mails");
        // The staff list, newest first.
        builder.HasIndex(c => c.CreatedAt);
    }
}
