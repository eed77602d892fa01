using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Auditing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class AuditTreeNodeConfiguration : IEntityTypeConfiguration<AuditTreeNode>
{
    public void Configure(EntityTypeBuilder<AuditTreeNode> builder)
    {
        builder.HasKey(n => new { n.Level, n.Index });
        builder.Property(n => n.Hash).HasMaxLength(32);
    }
}
