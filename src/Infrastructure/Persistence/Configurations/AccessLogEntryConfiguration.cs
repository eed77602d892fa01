using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.AccessLog;
using Pixyer.Domain.Accounts;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Method).HasMaxLength(16);
        builder.Property(e => e.RouteTemplate).HasMaxLength(256);
        // An IPv6 address in text takes at most 45 characters (IPv4-mapped form).
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.DeviceType).HasMaxLength(16);
        builder.Property(e => e.Browser).HasMaxLength(64);
        builder.Property(e => e.OperatingSystem).HasMaxLength(64);
        builder.Property(e => e.Country).HasMaxLength(16);
        builder.HasIndex(e => new { e.SubjectId, e.OccurredAt });
        // The truncation job looks for old entries not yet truncated.
        builder.HasIndex(e => new { e.IpTruncated, e.OccurredAt });
        builder.HasOne<Account>().WithMany().HasForeignKey(e => e.SubjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
