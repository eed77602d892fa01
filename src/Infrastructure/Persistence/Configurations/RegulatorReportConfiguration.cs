using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Incidents;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class RegulatorReportConfiguration : IEntityTypeConfiguration<RegulatorReport>
{
    public void Configure(EntityTypeBuilder<RegulatorReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Phase).HasConversion<WireNameConverter<ReportPhase>>().HasMaxLength(16);
        builder.Property(r => r.Authority).HasMaxLength(RegulatorReport.AuthorityMaxLength);
        builder.Property(r => r.Reference).HasMaxLength(RegulatorReport.ReferenceMaxLength);
        builder.Property(r => r.Content).HasMaxLength(RegulatorReport.ContentMaxLength);
        builder.Property(r => r.DelayReason).HasMaxLength(RegulatorReport.DelayReasonMaxLength);
        builder.HasIndex(r => new { r.IncidentId, r.SentAt });
    }
}
