using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Number).HasMaxLength(16);
        builder.Property(i => i.BilledTo).HasMaxLength(320);
        builder.Property(i => i.PlanCode).HasMaxLength(Plan.MaxCodeLength);
        builder.Property(i => i.PlanName).HasMaxLength(Plan.MaxNameLength);
        builder.Property(i => i.Interval).HasConversion<WireNameConverter<BillingInterval>>().HasMaxLength(16);
        builder.Property(i => i.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(i => i.PaymentStatus).HasConversion<WireNameConverter<InvoicePaymentStatus>>().HasMaxLength(16);
        builder.HasOne<Account>().WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PaymentTransaction>().WithOne().HasForeignKey<Invoice>(i => i.TransactionId).OnDelete(DeleteBehavior.Restrict);
        // Gap-free numbering: each year's sequence is taken under a lock and the database refuses a number twice.
        builder.HasIndex(i => new { i.Year, i.Sequence }).IsUnique();
        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => new { i.OwnerId, i.IssuedAt });
    }
}
