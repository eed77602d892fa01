using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Surveys.ListSurveys;

public sealed class ListSurveysQueryHandler(IAppDbContext db) : IQueryHandler<ListSurveysQuery, IReadOnlyList<SurveySummary>>
{
    public async ValueTask<IReadOnlyList<SurveySummary>> Handle(ListSurveysQuery query, CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.AsNoTracking().Include(s => s.Questions).OrderByDescending(s => s.OpensAt).ToListAsync(cancellationToken);
        var counts = await db.SurveyResponses
            .GroupBy(r => r.SurveyId)
            .Select(g => new { SurveyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.SurveyId, c => c.Count, cancellationToken);
        return surveys.Select(s => new SurveySummary(SurveyDto.Of(s), counts.GetValueOrDefault(s.Id))).ToList();
    }
}
