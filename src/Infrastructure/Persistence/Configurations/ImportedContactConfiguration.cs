using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Contacts;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class ImportedContactConfiguration : IEntityTypeConfiguration<ImportedContact>
{
    public void Configure(EntityTypeBuilder<ImportedContact> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(ImportedContact.NameMaxLength);
        builder.Property(c => c.Email).HasMaxLength(ImportedContact.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(ImportedContact.PhoneMaxLength);
        builder.Property(c => c.IdentityKey).HasMaxLength(ImportedContact.IdentityKeyMaxLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // A re-imported contact is recognised by its key: one row per owner and key.
        builder.HasIndex(c => new { c.OwnerId, c.IdentityKey }).IsUnique();
    }
}
