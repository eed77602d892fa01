using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Surveys;

namespace Pixyer.Application.Features.Surveys.DefineSurvey;

public sealed class DefineSurveyCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<DefineSurveyCommand, SurveyDto>
{
    public ValueTask<SurveyDto> Handle(DefineSurveyCommand command, CancellationToken cancellationToken)
    {
        var survey = Survey.Define(command.Title.Trim(), command.OpensAt, command.ClosesAt, command.Questions.Select(Definition), clock.GetUtcNow());
        db.Surveys.Add(survey);
        return ValueTask.FromResult(SurveyDto.Of(survey));
    }

    private static SurveyQuestionDefinition Definition(SurveyQuestionBody body)
    {
        var kind = WireNames.Parse<SurveyQuestionKind>(body.Kind);
        return new SurveyQuestionDefinition(
            kind,
            body.Text.Trim(),
            body.Choices?.ToList() ?? [],
            body.ScaleMin,
            body.ScaleMax,
            kind == SurveyQuestionKind.FreeText ? body.MaxLength ?? SurveyQuestion.FreeTextMaxLength : null);
    }
}
