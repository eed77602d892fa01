using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Surveys.ListSurveys;

public sealed class ListSurveysQueryHandler(IAppDbContext db) : IQueryHandler<ListSurveysQuery, Paged<SurveySummary>>
{
    public async ValueTask<Paged<SurveySummary>> Handle(ListSurveysQuery query, CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.AsNoTracking().Include(s => s.Questions)
            .OrderByDescending(s => s.OpensAt)
            .ThenByDescending(s => s.Id)
            .ToPageAsync(query.Page, cancellationToken);
        var shown = surveys.Items.Select(s => s.Id).ToList();
        var counts = await db.SurveyResponses
            .Where(r => shown.Contains(r.SurveyId))
            .GroupBy(r => r.SurveyId)
            .Select(g => new { SurveyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.SurveyId, c => c.Count, cancellationToken);
        return surveys.Map(s => new SurveySummary(SurveyDto.Of(s), counts.GetValueOrDefault(s.Id)));
    }
}
