using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Incidents;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class IncidentEventConfiguration : IEntityTypeConfiguration<IncidentEvent>
{
    public void Configure(EntityTypeBuilder<IncidentEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<WireNameConverter<IncidentEventKind>>().HasMaxLength(32);
        builder.Property(e => e.Status).HasConversion<WireNameConverter<IncidentStatus>>().HasMaxLength(16);
        builder.Property(e => e.Note).HasMaxLength(IncidentEvent.NoteMaxLength);
        builder.HasIndex(e => new { e.IncidentId, e.OccurredAt });
    }
}
