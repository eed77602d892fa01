using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Backups;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class BackupConfiguration : IEntityTypeConfiguration<Backup>
{
    public void Configure(EntityTypeBuilder<Backup> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Label).HasMaxLength(Backup.LabelMaxLength);
        builder.HasIndex(b => b.TakenAt);
        builder.HasIndex(b => b.ExpiresAt);
    }
}
