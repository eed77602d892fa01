using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Billing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(Plan.MaxCodeLength);
        builder.Property(p => p.Name).HasMaxLength(Plan.MaxNameLength);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.Interval).HasConversion<WireNameConverter<BillingInterval>>().HasMaxLength(16);
        // Two admins publishing a new version at once: one of them wins, the other is told to retry.
        builder.HasIndex(p => new { p.Code, p.Version }).IsUnique();
    }
}
