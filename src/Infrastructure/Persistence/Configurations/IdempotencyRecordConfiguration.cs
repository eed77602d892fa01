using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Idempotency;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Key).HasMaxLength(255);
        builder.Property(r => r.RequestName).HasMaxLength(128);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        // A concurrent retry with the same key fails here and replays the winner's response.
        builder.HasIndex(r => new { r.ScopeId, r.Key }).IsUnique();
        builder.HasIndex(r => r.SubjectId);
        builder.HasIndex(r => r.CreatedAt);
    }
}
