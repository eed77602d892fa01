using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Rights;

namespace Pixyer.Infrastructure.Persistence.Configurations;

/// <summary>No foreign key to the account: the deadline record outlives the erasure it tracks.</summary>
internal sealed class RightsRequestConfiguration : IEntityTypeConfiguration<RightsRequest>
{
    public void Configure(EntityTypeBuilder<RightsRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ExtensionReason).HasMaxLength(RightsRequest.ExtensionReasonMaxLength);
        builder.Ignore(r => r.IsOpen);
        builder.HasIndex(r => new { r.ClosedAt, r.DueAt });
        builder.HasIndex(r => r.SubjectId);
    }
}
