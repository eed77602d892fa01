using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Security;

namespace Pixyer.Infrastructure.Persistence.Configurations;

/// <summary>No foreign key: the file store keys any owner id, and erasure deletes the row, never the account.</summary>
internal sealed class FileKeyConfiguration : IEntityTypeConfiguration<FileKey>
{
    public void Configure(EntityTypeBuilder<FileKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.HasIndex(k => k.SubjectId).IsUnique();
    }
}
