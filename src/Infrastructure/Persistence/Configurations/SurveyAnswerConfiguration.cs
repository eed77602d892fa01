using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Surveys;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.ToTable("survey_answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.PrimitiveCollection(a => a.Choices).ElementType().HasMaxLength(SurveyQuestion.ChoiceMaxLength);
        builder.Property(a => a.Text).HasMaxLength(SurveyQuestion.FreeTextMaxLength);
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}
