using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Surveys;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(Survey.TitleMaxLength);
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Questions).HasField("questions");
        // The open surveys: those whose window holds now.
        builder.HasIndex(s => new { s.OpensAt, s.ClosesAt });
    }
}
