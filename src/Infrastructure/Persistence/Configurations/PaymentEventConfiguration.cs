using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Billing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class PaymentEventConfiguration : IEntityTypeConfiguration<PaymentEvent>
{
    public void Configure(EntityTypeBuilder<PaymentEvent> builder)
    {
        // The gateway's event id is the key: a redelivered event cannot be stored twice.
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).HasMaxLength(PaymentEvent.MaxIdLength);
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.ObjectId).HasMaxLength(PaymentEvent.MaxIdLength);
        builder.Property(e => e.Outcome).HasMaxLength(32);
        builder.HasIndex(e => new { e.AppliedAt, e.ReceivedAt });
    }
}
