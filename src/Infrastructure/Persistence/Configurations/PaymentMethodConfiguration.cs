using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class PaymentMethodConfiguration : IEntityTypeConfiguration<PaymentMethod>
{
    public void Configure(EntityTypeBuilder<PaymentMethod> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.GatewayMethodId).HasMaxLength(255);
        builder.Property(m => m.Brand).HasMaxLength(PaymentMethod.BrandMaxLength);
        builder.Property(m => m.Last4).HasMaxLength(PaymentMethod.Last4Length).IsFixedLength();
        builder.Property(m => m.Fingerprint).HasMaxLength(64);
        builder.HasOne<Account>().WithMany().HasForeignKey(m => m.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.OwnerId);
        builder.HasIndex(m => m.GatewayMethodId).IsUnique();
    }
}
