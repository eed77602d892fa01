using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // The database numbers inserts: the order the sequencer takes waiting entries in, however many nodes write.
        builder.HasKey(e => e.Position);
        builder.Property(e => e.Position).ValueGeneratedOnAdd();
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Id).IsUnique();
        builder.Property(e => e.ActorRole).HasMaxLength(AuditEntry.ActorRoleMaxLength);
        builder.Property(e => e.RequestName).HasMaxLength(AuditEntry.RequestNameMaxLength);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(AuditEntry.OutcomeMaxLength);
        builder.Property(e => e.ProblemType).HasMaxLength(AuditEntry.ProblemTypeMaxLength);
        builder.Property(e => e.CorrelationId).HasMaxLength(AuditEntry.CorrelationIdMaxLength);
        builder.Property(e => e.LeafHash).HasMaxLength(MerkleHashes.Size);
        // The log's numbering, assigned by the sequencer only; unique, so no number is ever given twice.
        builder.HasIndex(e => e.Sequence).IsUnique();
        // What the sequencer takes next: only the entries still waiting are in this index, however long the log grows.
        builder.HasIndex(e => e.Position).HasFilter("sequence IS NULL").HasDatabaseName("ix_audit_entries_unsequenced");
        builder.HasIndex(e => e.SubjectId);
        builder.HasIndex(e => e.ActorId);
        builder.HasIndex(e => e.OccurredAt);
    }
}
