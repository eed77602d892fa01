using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Incidents;
using Pixyer.Domain.Notices;
using Pixyer.Domain.Processing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Status).HasConversion<WireNameConverter<IncidentStatus>>().HasMaxLength(16);
        builder.PrimitiveCollection(i => i.DataCategories).ElementType(e => e.HasConversion<WireNameConverter<DataCategory>>().HasMaxLength(64));
        foreach (var text in new[]
                 {
                     nameof(Incident.Nature), nameof(Incident.Systems), nameof(Incident.LikelyConsequences), nameof(Incident.MeasuresTaken),
                     nameof(Incident.MeasuresProposed), nameof(Incident.SubjectAdvice), nameof(Incident.AffectedSelector),
                 })
        {
            builder.Property(text).HasMaxLength(Incident.TextMaxLength);
        }

        builder.Property(i => i.ContactPoint).HasMaxLength(Incident.ContactPointMaxLength);
        builder.HasOne<PublicNotice>().WithMany().HasForeignKey(i => i.PublicNoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Timeline).WithOne().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Timeline).HasField("timeline");
        builder.HasMany(i => i.Reports).WithOne().HasForeignKey(r => r.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Reports).HasField("reports");
        builder.Ignore(i => i.IsNotificationComplete);
        builder.HasIndex(i => i.DeclaredAt);
        // The clock job's search: incidents still waiting for their first report.
        builder.HasIndex(i => i.ReportDueAt);
    }
}
