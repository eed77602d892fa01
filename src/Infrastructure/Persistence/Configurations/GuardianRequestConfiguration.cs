using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Rights;

namespace Pixyer.Infrastructure.Persistence.Configurations;

/// <summary>No foreign key to the minor's account: the request outlives the erasure it led to (as proof of handling).</summary>
internal sealed class GuardianRequestConfiguration : IEntityTypeConfiguration<GuardianRequest>
{
    public void Configure(EntityTypeBuilder<GuardianRequest> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.GuardianName).HasMaxLength(GuardianRequest.NameMaxLength);
        builder.Property(g => g.GuardianEmail).HasMaxLength(GuardianRequest.IdentifierMaxLength);
        builder.Property(g => g.MinorIdentifier).HasMaxLength(GuardianRequest.IdentifierMaxLength);
        builder.Property(g => g.Statement).HasMaxLength(GuardianRequest.StatementMaxLength);
        builder.Property(g => g.RejectionReason).HasMaxLength(GuardianRequest.ReasonMaxLength);
        builder.Property(g => g.Relationship).HasConversion<string>().HasMaxLength(16);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(g => new { g.Status, g.ReceivedAt });
        builder.HasIndex(g => g.DecidedAt);
        builder.HasIndex(g => g.SubjectId);
    }
}
