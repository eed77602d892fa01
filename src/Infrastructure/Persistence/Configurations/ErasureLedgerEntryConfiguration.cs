using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Rights;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class ErasureLedgerEntryConfiguration : IEntityTypeConfiguration<ErasureLedgerEntry>
{
    public void Configure(EntityTypeBuilder<ErasureLedgerEntry> builder)
    {
        builder.ToTable("erasure_ledger");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Reason).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(e => e.ErasedAt);
    }
}
