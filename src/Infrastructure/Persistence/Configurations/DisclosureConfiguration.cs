using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Purpose).HasConversion<WireNameConverter<ProcessingPurpose>>().HasMaxLength(64);
        builder.Property(d => d.LegalBasis).HasConversion<WireNameConverter<LegalBasis>>().HasMaxLength(64);
        builder.PrimitiveCollection(d => d.DataCategories).ElementType(e => e.HasConversion<WireNameConverter<DataCategory>>().HasMaxLength(64));
        builder.Property(d => d.Reference).HasMaxLength(Disclosure.ReferenceMaxLength);
        builder.Property(d => d.CrossBorderMechanism).HasMaxLength(500);
        builder.HasOne<Account>().WithMany().HasForeignKey(d => d.SubjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Recipient>().WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Restrict);
        // "Who has my data", newest first.
        builder.HasIndex(d => new { d.SubjectId, d.DisclosedAt });
    }
}
