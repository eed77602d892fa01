using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Surveys.ListMySurveyResponses;

public sealed class ListMySurveyResponsesQueryHandler(IAppDbContext db, ICurrentActor actor)
    : IQueryHandler<ListMySurveyResponsesQuery, Paged<SurveyResponseDto>>
{
    public async ValueTask<Paged<SurveyResponseDto>> Handle(ListMySurveyResponsesQuery query, CancellationToken cancellationToken)
    {
        var me = actor.RequiredAccountId;
        var responses = await db.SurveyResponses.AsNoTracking().Include(r => r.Answers)
            .Where(r => r.SubjectId == me)
            .OrderByDescending(r => r.SubmittedAt)
            .ThenByDescending(r => r.Id)
            .ToPageAsync(query.Page, cancellationToken);
        return responses.Map(SurveyResponseDto.Of);
    }
}
