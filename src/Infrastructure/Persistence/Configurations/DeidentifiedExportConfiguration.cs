using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Common;
using Pixyer.Domain.Deidentification;

namespace Pixyer.Infrastructure.Persistence.Configurations;

/// <summary>No foreign key to the staff account that made it: the record outlives that account's erasure.</summary>
internal sealed class DeidentifiedExportConfiguration : IEntityTypeConfiguration<DeidentifiedExport>
{
    public void Configure(EntityTypeBuilder<DeidentifiedExport> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Format).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.PurposeDescription).HasMaxLength(DeidentifiedExport.PurposeMaxLength);
        builder.Property(e => e.SignUpPeriod).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.CountryDetail).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.PlanDetail).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.FileKey).HasMaxLength(256);
        builder.Property(e => e.Sha256).HasMaxLength(Sha256Hex.Length);
        builder.Ignore(e => e.Levels);
    }
}
