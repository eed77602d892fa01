using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Policies;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).HasMaxLength(PolicyVersion.VersionMaxLength);
        builder.HasIndex(v => v.EffectiveAt);
    }
}
