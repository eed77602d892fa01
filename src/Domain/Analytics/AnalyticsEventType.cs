namespace Pixyer.Domain.Analytics;

public enum AnalyticsEventType
{
    PageView,
    Interaction,
}
