using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Infrastructure.Persistence.Configurations;

/// <summary>The note is the person's data and goes with the account; the deadline record of the same id stays.</summary>
internal sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Note).HasMaxLength(CorrectionRequest.NoteMaxLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.SubjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.SubjectId);
    }
}
