using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.LegalHolds;

namespace Pixyer.Infrastructure.Persistence.Configurations;

/// <summary>
/// No foreign key to the account on purpose: a cascade would let deleting the account silently end an active hold,
/// and a restriction would make erasure depend on the order its sources run in. Erasure consults the hold instead.
/// </summary>
internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Reason).HasMaxLength(LegalHold.ReasonMaxLength);
        builder.Property(h => h.LiftReason).HasMaxLength(LegalHold.ReasonMaxLength);
        builder.HasIndex(h => h.SubjectId);
        // At most one active hold per subject, also under concurrent requests.
        builder.HasIndex(h => h.SubjectId, "ix_legal_holds_active_subject").IsUnique().HasFilter("lifted_at IS NULL");
        builder.Ignore(h => h.IsActive);
    }
}
