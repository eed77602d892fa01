using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Jobs;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasKey(r => r.JobKey);
        builder.Property(r => r.JobKey).HasMaxLength(JobRun.KeyMaxLength);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(JobRun.OutcomeMaxLength);
        builder.Property(r => r.ErrorType).HasMaxLength(JobRun.ErrorTypeMaxLength);
        builder.Property(r => r.Node).HasMaxLength(JobRun.NodeMaxLength);
    }
}
