using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Policies;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).HasMaxLength(32);
        builder.HasIndex(v => v.EffectiveAt);
    }
}
