using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Surveys.ListMySurveyResponses;

public sealed class ListMySurveyResponsesQueryHandler(IAppDbContext db, ICurrentActor actor)
    : IQueryHandler<ListMySurveyResponsesQuery, IReadOnlyList<SurveyResponseDto>>
{
    public async ValueTask<IReadOnlyList<SurveyResponseDto>> Handle(ListMySurveyResponsesQuery query, CancellationToken cancellationToken)
    {
        var me = actor.RequiredAccountId;
        var responses = await db.SurveyResponses.AsNoTracking().Include(r => r.Answers)
            .Where(r => r.SubjectId == me)
            .OrderByDescending(r => r.SubmittedAt)
            .ToListAsync(cancellationToken);
        return responses.Select(SurveyResponseDto.Of).ToList();
    }
}
