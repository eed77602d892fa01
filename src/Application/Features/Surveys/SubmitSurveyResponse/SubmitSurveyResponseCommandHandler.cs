using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Surveys;

namespace Pixyer.Application.Features.Surveys.SubmitSurveyResponse;

public sealed class SubmitSurveyResponseCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SubmitSurveyResponseCommand, SurveyResponseDto>
{
    public async ValueTask<SurveyResponseDto> Handle(SubmitSurveyResponseCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var survey = await db.Surveys.Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == new SurveyId(command.SurveyId), cancellationToken);
        if (survey is null || !survey.IsOpenAt(now))
        {
            throw new NotFoundException("open survey");
        }

        var me = actor.RequiredAccountId;
        // A concurrent second response is refused by the unique index on (subject, survey), also as a 409.
        if (await db.SurveyResponses.AnyAsync(r => r.SubjectId == me && r.SurveyId == survey.Id, cancellationToken))
        {
            throw new ConflictException("You have already answered this survey; delete that response to answer again.");
        }

        var answers = command.Answers
            .Select(a => new SurveyAnswerValue(new SurveyQuestionId(a.QuestionId), a.Choices ?? [], a.Scale, a.Text?.Trim()))
            .ToList();
        ThrowUnlessTheyFit(survey, answers);
        var response = SurveyResponse.Submit(survey, me, answers, now);
        db.SurveyResponses.Add(response);
        return SurveyResponseDto.Of(response);
    }

    private static void ThrowUnlessTheyFit(Survey survey, IReadOnlyList<SurveyAnswerValue> answers)
    {
        var failures = answers.Select((answer, index) => (Property: $"Answers[{index}]", Refusal: RefusalOf(survey, answer)))
            .Where(f => f.Refusal is not null)
            .Select(f => new ValidationFailure(f.Property, f.Refusal))
            .ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private static string? RefusalOf(Survey survey, SurveyAnswerValue answer) =>
        survey.Questions.FirstOrDefault(q => q.Id == answer.QuestionId) is { } question
            ? question.Refusal(answer)
            : "questionId is not a question of this survey.";
}
