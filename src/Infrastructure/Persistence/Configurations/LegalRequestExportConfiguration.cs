using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class LegalRequestExportConfiguration : IEntityTypeConfiguration<LegalRequestExport>
{
    public void Configure(EntityTypeBuilder<LegalRequestExport> builder)
    {
        builder.HasKey(e => e.LegalRequestId);
        builder.HasOne<LegalRequest>().WithOne().HasForeignKey<LegalRequestExport>(e => e.LegalRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
