using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Analytics;

/// <summary>
/// A page view or interaction (obligation C10), stored only with the analytics-cookies consent of the account
/// or visitor it belongs to. The page is kept without its query string.
/// </summary>
public sealed class AnalyticsEvent
{
    private AnalyticsEvent()
    {
    }

    public long Id { get; private set; }

    public AccountId? SubjectId { get; private set; }

    public Guid? VisitorId { get; private set; }

    public AnalyticsEventType Type { get; private set; }

    [PersonalData]
    public string Page { get; private set; } = "";

    public string? Element { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public static AnalyticsEvent Record(
        AccountId? subjectId, Guid? visitorId, AnalyticsEventType type, string page, string? element, DateTimeOffset now) =>
        new()
        {
            SubjectId = subjectId,
            VisitorId = visitorId,
            Type = type,
            Page = WithoutQuery(page),
            Element = element,
            OccurredAt = now,
        };

    private static string WithoutQuery(string page)
    {
        var end = page.IndexOfAny(['?', '#']);
        return end < 0 ? page : page[..end];
    }
}
