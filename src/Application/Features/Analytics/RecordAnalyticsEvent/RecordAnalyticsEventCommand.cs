using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Analytics;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Analytics.RecordAnalyticsEvent;

/// <summary>
/// Obligation C10: a page view or interaction, stored only with analytics-cookies consent; without it the
/// request is accepted and dropped, so the caller cannot tell (and need not care).
/// </summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.Consent, DataCategory.DeviceAndAccess, DataCategory.Cookies)]
[RequiresConsent(ConsentPurpose.AnalyticsCookies, Droppable = true)]
public sealed record RecordAnalyticsEventCommand(AnalyticsEventType Type, string Page, string? Element) : ICommand;
