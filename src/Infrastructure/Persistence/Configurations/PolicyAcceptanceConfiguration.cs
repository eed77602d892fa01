using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Policies;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class PolicyAcceptanceConfiguration : IEntityTypeConfiguration<PolicyAcceptance>
{
    public void Configure(EntityTypeBuilder<PolicyAcceptance> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Version).HasMaxLength(PolicyVersion.VersionMaxLength);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => new { a.AccountId, a.Version });
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PolicyVersion>().WithMany().HasForeignKey(a => a.Version).OnDelete(DeleteBehavior.Restrict);
    }
}
