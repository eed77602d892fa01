using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Analytics;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class AnalyticsEventConfiguration : IEntityTypeConfiguration<AnalyticsEvent>
{
    public void Configure(EntityTypeBuilder<AnalyticsEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Page).HasMaxLength(512);
        builder.Property(e => e.Element).HasMaxLength(128);
        builder.HasIndex(e => e.SubjectId);
        builder.HasIndex(e => e.VisitorId);
    }
}
