using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class LegalRequestConfiguration : IEntityTypeConfiguration<LegalRequest>
{
    public void Configure(EntityTypeBuilder<LegalRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AuthorityName).HasMaxLength(Recipient.NameMaxLength);
        builder.Property(r => r.AuthorityCountry).HasMaxLength(CountryCode.Length).IsFixedLength();
        builder.Property(r => r.LegalBasisText).HasMaxLength(LegalRequest.TextMaxLength);
        builder.Property(r => r.DocumentReference).HasMaxLength(LegalRequest.ReferenceMaxLength);
        builder.PrimitiveCollection(r => r.Categories).ElementType().HasMaxLength(LegalRequest.CategoryMaxLength);
        builder.Property(r => r.DocumentContentType).HasMaxLength(64);
        builder.Property(r => r.DocumentSha256).HasMaxLength(Sha256Hex.Length);
        builder.Property(r => r.ExportSha256).HasMaxLength(Sha256Hex.Length);
        builder.Property(r => r.Status).HasConversion<WireNameConverter<LegalRequestStatus>>().HasMaxLength(16);
        builder.Property(r => r.RefusalReason).HasMaxLength(LegalRequest.ReasonMaxLength);
        builder.Property(r => r.WithholdingReason).HasMaxLength(LegalRequest.ReasonMaxLength);
        builder.Ignore(r => r.IsDecided);
        builder.HasOne<Recipient>().WithMany().HasForeignKey(r => r.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Subjects).WithOne().HasForeignKey(s => s.LegalRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Subjects).HasField("subjects");
        // The staff list, newest first, filtered by status.
        builder.HasIndex(r => new { r.Status, r.ReceivedAt });
        builder.HasIndex(r => r.ReceivedAt);
    }
}
