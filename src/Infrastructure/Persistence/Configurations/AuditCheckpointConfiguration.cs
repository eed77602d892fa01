using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.HasKey(c => c.TreeSize);
        builder.Property(c => c.TreeSize).ValueGeneratedNever();
        builder.Property(c => c.RootHash).HasMaxLength(MerkleHashes.Size);
        builder.Property(c => c.PreviousHash).HasMaxLength(MerkleHashes.Size);
        builder.Property(c => c.KeyId).HasMaxLength(AuditSignature.KeyIdLength);
        builder.Property(c => c.Signature).HasMaxLength(80);
        builder.Ignore(c => c.Statement);
        // Each checkpoint extends exactly one before it: two sequencers can never both extend the same checkpoint.
        builder.HasIndex(c => c.PreviousHash).IsUnique();
        builder.HasIndex(c => c.WitnessedAt);
    }
}
