using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Policies;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEvent>
{
    public void Configure(EntityTypeBuilder<ConsentEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Purpose).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.PolicyVersion).HasMaxLength(PolicyVersion.VersionMaxLength);
        builder.Property(e => e.ClientNetwork).HasMaxLength(64);
        builder.Property(e => e.Scope).HasMaxLength(ConsentEvent.ScopeMaxLength);
        // The consent behavior reads the latest event of one purpose on every request that needs consent.
        builder.HasIndex(e => new { e.SubjectId, e.Purpose, e.Id });
        builder.HasIndex(e => new { e.VisitorId, e.Purpose, e.Id });
    }
}
