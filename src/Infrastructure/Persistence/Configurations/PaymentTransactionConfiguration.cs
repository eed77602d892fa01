using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class PaymentTransactionConfiguration : IEntityTypeConfiguration<PaymentTransaction>
{
    public void Configure(EntityTypeBuilder<PaymentTransaction> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<WireNameConverter<TransactionKind>>().HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<WireNameConverter<TransactionStatus>>().HasMaxLength(16);
        builder.Property(t => t.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(t => t.GatewayReference).HasMaxLength(255);
        builder.Property(t => t.DeclineCode).HasMaxLength(PaymentTransaction.DeclineCodeMaxLength);
        // Retained after erasure: the account row outlives it emptied, and a subscription erased with the account
        // leaves the transaction without it.
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Subscription>().WithMany().HasForeignKey(t => t.SubscriptionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.OwnerId, t.CreatedAt });
        builder.HasIndex(t => t.SubscriptionId);
        builder.HasIndex(t => t.GatewayReference);
    }
}
