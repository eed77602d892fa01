using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Jobs;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasKey(r => r.JobKey);
        builder.Property(r => r.JobKey).HasMaxLength(64);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ErrorType).HasMaxLength(128);
        builder.Property(r => r.Node).HasMaxLength(128);
    }
}
