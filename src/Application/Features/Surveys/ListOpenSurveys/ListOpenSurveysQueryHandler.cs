using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Surveys.ListOpenSurveys;

public sealed class ListOpenSurveysQueryHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ListOpenSurveysQuery, Paged<OpenSurvey>>
{
    public async ValueTask<Paged<OpenSurvey>> Handle(ListOpenSurveysQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var surveys = await db.Surveys.AsNoTracking().Include(s => s.Questions)
            .Where(s => s.OpensAt <= now && now < s.ClosesAt)
            .OrderBy(s => s.ClosesAt)
            .ThenBy(s => s.Id)
            .ToPageAsync(query.Page, cancellationToken);
        var me = actor.RequiredAccountId;
        var shown = surveys.Items.Select(s => s.Id).ToList();
        var answered = await db.SurveyResponses.Where(r => r.SubjectId == me && shown.Contains(r.SurveyId)).Select(r => r.SurveyId).ToListAsync(cancellationToken);
        return surveys.Map(s => new OpenSurvey(SurveyDto.Of(s), answered.Contains(s.Id)));
    }
}
