using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Surveys.ListOpenSurveys;

public sealed class ListOpenSurveysQueryHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ListOpenSurveysQuery, IReadOnlyList<OpenSurvey>>
{
    public async ValueTask<IReadOnlyList<OpenSurvey>> Handle(ListOpenSurveysQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var surveys = await db.Surveys.AsNoTracking().Include(s => s.Questions)
            .Where(s => s.OpensAt <= now && now < s.ClosesAt)
            .OrderBy(s => s.ClosesAt)
            .ToListAsync(cancellationToken);
        var me = actor.RequiredAccountId;
        var answered = await db.SurveyResponses.Where(r => r.SubjectId == me).Select(r => r.SurveyId).ToListAsync(cancellationToken);
        return surveys.Select(s => new OpenSurvey(SurveyDto.Of(s), answered.Contains(s.Id))).ToList();
    }
}
