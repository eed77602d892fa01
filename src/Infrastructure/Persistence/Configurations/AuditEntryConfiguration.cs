using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Auditing;

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
        builder.Property(e => e.ActorRole).HasMaxLength(32);
        builder.Property(e => e.RequestName).HasMaxLength(128);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ProblemType).HasMaxLength(64);
        builder.Property(e => e.CorrelationId).HasMaxLength(64);
        builder.Property(e => e.LeafHash).HasMaxLength(32);
        // The log's numbering, assigned by the sequencer only; unique, so no number is ever given twice.
        builder.HasIndex(e => e.Sequence).IsUnique();
        // What the sequencer takes next: only the entries still waiting are in this index, however long the log grows.
        builder.HasIndex(e => e.Position).HasFilter("sequence IS NULL").HasDatabaseName("ix_audit_entries_unsequenced");
        builder.HasIndex(e => e.SubjectId);
        builder.HasIndex(e => e.ActorId);
        builder.HasIndex(e => e.OccurredAt);
    }
}
