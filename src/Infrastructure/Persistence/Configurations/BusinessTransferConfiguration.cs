using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.BusinessTransfers;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class BusinessTransferConfiguration : IEntityTypeConfiguration<BusinessTransfer>
{
    public void Configure(EntityTypeBuilder<BusinessTransfer> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<WireNameConverter<BusinessTransferKind>>().HasMaxLength(16);
        builder.Property(t => t.NewHolderName).HasMaxLength(BusinessTransfer.NameMaxLength);
        builder.Property(t => t.NewHolderContact).HasMaxLength(BusinessTransfer.ContactMaxLength);
        builder.Property(t => t.NewHolderCountry).HasMaxLength(2).IsFixedLength();
        builder.Property(t => t.BindingUndertaking).HasMaxLength(BusinessTransfer.UndertakingMaxLength);
        builder.PrimitiveCollection(t => t.ChangedPurposes).ElementType(e => e.HasConversion<WireNameConverter<ConsentPurpose>>().HasMaxLength(64));
        builder.HasOne<Recipient>().WithMany().HasForeignKey(t => t.NewHolderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Subjects).WithOne().HasForeignKey(s => s.TransferId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Subjects).HasField("subjects");
        // One transfer per new holder, kind and date: a repeated declaration finds it, a concurrent one gets a 409.
        builder.HasIndex(t => new { t.NewHolderId, t.Kind, t.EffectiveAt }).IsUnique();
        // The staff list, newest first.
        builder.HasIndex(t => t.DeclaredAt);
    }
}
