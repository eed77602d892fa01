using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Key).HasMaxLength(Recipient.KeyMaxLength);
        builder.HasIndex(r => r.Key).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(Recipient.NameMaxLength);
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Country).HasMaxLength(CountryCode.Length).IsFixedLength();
        builder.Property(r => r.TransferMechanism).HasMaxLength(Recipient.TransferMechanismMaxLength);
    }
}
