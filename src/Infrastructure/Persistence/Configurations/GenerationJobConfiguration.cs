using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Jobs;
using Pixyer.Domain.Uploads;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class GenerationJobConfiguration : IEntityTypeConfiguration<GenerationJob>
{
    public void Configure(EntityTypeBuilder<GenerationJob> builder)
    {
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Template).HasMaxLength(32);
        builder.PrimitiveCollection(j => j.Formats).ElementType().HasMaxLength(32);
        builder.PrimitiveCollection(j => j.RenderedFormats).ElementType().HasMaxLength(32);
        builder.Property(j => j.Headline).HasMaxLength(GenerationJob.MaxHeadlineLength);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.ClaimedBy).HasMaxLength(JobRun.NodeMaxLength);
        builder.Property(j => j.FailureReason).HasMaxLength(32);
        builder.Ignore(j => j.RemainingFormats);
        builder.HasOne<Account>().WithMany().HasForeignKey(j => j.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Upload>().WithMany().HasForeignKey(j => j.UploadId).OnDelete(DeleteBehavior.SetNull);
        // The claim's search: due jobs by the time they became available.
        builder.HasIndex(j => new { j.Status, j.AvailableAt });
        builder.HasIndex(j => j.OwnerId);
        builder.HasIndex(j => j.UploadId);
    }
}
