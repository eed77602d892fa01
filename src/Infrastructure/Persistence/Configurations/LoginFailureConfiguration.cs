using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Security;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class LoginFailureConfiguration : IEntityTypeConfiguration<LoginFailure>
{
    public void Configure(EntityTypeBuilder<LoginFailure> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ClientKey).HasMaxLength(64);
        builder.HasIndex(f => new { f.AccountId, f.OccurredAt });
        builder.HasIndex(f => new { f.ClientKey, f.OccurredAt });
        builder.HasOne<Account>().WithMany().HasForeignKey(f => f.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
