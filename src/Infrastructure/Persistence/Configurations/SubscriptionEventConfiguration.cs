using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Billing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class SubscriptionEventConfiguration : IEntityTypeConfiguration<SubscriptionEvent>
{
    public void Configure(EntityTypeBuilder<SubscriptionEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<WireNameConverter<SubscriptionEventKind>>().HasMaxLength(32);
        builder.Property(e => e.Status).HasConversion<WireNameConverter<SubscriptionStatus>>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(SubscriptionEvent.ReasonMaxLength);
        builder.HasIndex(e => new { e.SubscriptionId, e.OccurredAt });
    }
}
