using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Analytics;

namespace Pixyer.Application.Features.Analytics;

/// <summary>Page views and interactions recorded with the subject's analytics consent (C10).</summary>
public sealed class AnalyticsPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "analytics-events";

    public IReadOnlyList<string> Obligations => ["C10", "K2"];

    public IReadOnlyList<Type> EntityTypes => [typeof(AnalyticsEvent)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var events = await db.AnalyticsEvents.AsNoTracking()
            .Where(e => e.SubjectId == subject)
            .OrderBy(e => e.Id)
            .Select(e => new { Type = e.Type.ToString(), e.Page, e.Element, e.OccurredAt })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync(Category, events, cancellationToken);
    }

    public Task EraseAsync(AccountId subject, CancellationToken cancellationToken) =>
        db.AnalyticsEvents.Where(e => e.SubjectId == subject).ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(Category, (nameof(AnalyticsEvent), await db.AnalyticsEvents.CountAsync(e => e.SubjectId == subject, cancellationToken)));
}
