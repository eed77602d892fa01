using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class LegalRequestDocumentConfiguration : IEntityTypeConfiguration<LegalRequestDocument>
{
    public void Configure(EntityTypeBuilder<LegalRequestDocument> builder)
    {
        builder.HasKey(d => d.LegalRequestId);
        builder.HasOne<LegalRequest>().WithOne().HasForeignKey<LegalRequestDocument>(d => d.LegalRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
