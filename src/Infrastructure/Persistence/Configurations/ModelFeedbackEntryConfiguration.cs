using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.ModelFeedback;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class ModelFeedbackEntryConfiguration : IEntityTypeConfiguration<ModelFeedbackEntry>
{
    public void Configure(EntityTypeBuilder<ModelFeedbackEntry> builder)
    {
        builder.ToTable("model_feedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Comment).HasMaxLength(2000);
        builder.HasOne<Account>().WithMany().HasForeignKey(f => f.SubjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
