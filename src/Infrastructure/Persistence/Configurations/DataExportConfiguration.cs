using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Exports;
using Pixyer.Domain.Jobs;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class DataExportConfiguration : IEntityTypeConfiguration<DataExport>
{
    public void Configure(EntityTypeBuilder<DataExport> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ClaimedBy).HasMaxLength(JobRun.NodeMaxLength);
        // The claim's fencing token: two workers claiming the same export cannot both commit.
        builder.Property(e => e.Attempts).IsConcurrencyToken();
        builder.Property(e => e.ArchiveKey).HasMaxLength(256);
        builder.Property(e => e.FailureReason).HasMaxLength(32);
        builder.Ignore(e => e.IsActive);
        builder.HasOne<Account>().WithMany().HasForeignKey(e => e.SubjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.Status, e.AvailableAt });
        builder.HasIndex(e => e.SubjectId);
    }
}
