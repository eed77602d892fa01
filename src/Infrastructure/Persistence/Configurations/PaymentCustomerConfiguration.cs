using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class PaymentCustomerConfiguration : IEntityTypeConfiguration<PaymentCustomer>
{
    public void Configure(EntityTypeBuilder<PaymentCustomer> builder)
    {
        builder.HasKey(c => c.AccountId);
        builder.Property(c => c.AccountId).ValueGeneratedNever();
        builder.Property(c => c.GatewayCustomerId).HasMaxLength(255);
        builder.HasOne<Account>().WithOne().HasForeignKey<PaymentCustomer>(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
