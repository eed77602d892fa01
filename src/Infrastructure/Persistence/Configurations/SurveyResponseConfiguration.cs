using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Surveys;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.SubjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Answers).HasField("answers");
        // One response per person and survey; a concurrent second one is refused here.
        builder.HasIndex(r => new { r.SubjectId, r.SurveyId }).IsUnique();
        builder.HasIndex(r => r.SurveyId);
    }
}
