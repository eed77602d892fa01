using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pixyer.Domain.Surveys;

namespace Pixyer.Infrastructure.Persistence.Configurations;

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.ToTable("survey_questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Kind).HasConversion<WireNameConverter<SurveyQuestionKind>>().HasMaxLength(32);
        builder.Property(q => q.Text).HasMaxLength(SurveyQuestion.TextMaxLength);
        builder.PrimitiveCollection(q => q.Choices).ElementType().HasMaxLength(SurveyQuestion.ChoiceMaxLength);
    }
}
