using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class LegalRequestSubjectConfiguration : IEntityTypeConfiguration<LegalRequestSubject>
{
    public void Configure(EntityTypeBuilder<LegalRequestSubject> builder)
    {
        builder.ToTable("legal_request_subjects");
        builder.HasKey(s => new { s.LegalRequestId, s.SubjectId });
        // A subject's requests (the list filter, and the erasure of their exports).
        builder.HasIndex(s => s.SubjectId);
    }
}
