using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Incidents;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class AffectedSubjectConfiguration : IEntityTypeConfiguration<AffectedSubject>
{
    public void Configure(EntityTypeBuilder<AffectedSubject> builder)
    {
        builder.ToTable("incident_affected_subjects");
        builder.HasKey(s => new { s.IncidentId, s.SubjectId });
        builder.HasOne<Incident>().WithMany().HasForeignKey(s => s.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.SubjectId).OnDelete(DeleteBehavior.Cascade);
        // The notifier's batches: the people of an incident not told yet.
        builder.HasIndex(s => new { s.IncidentId, s.NotifiedAt });
        // "My notices".
        builder.HasIndex(s => s.SubjectId);
    }
}
