using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents.RecordRegulatorReport;

/// <summary>
/// Obligation P3, GDPR 33: staff record a report made to a supervisory authority (phase <c>initial</c>,
/// <c>follow_up</c> or <c>final</c>). A first report sent more than 72 hours after discovery needs
/// <see cref="DelayReason"/> (422 <c>report-delay-reason-required</c>). Recording one stops the reminders.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record RecordRegulatorReportCommand(
    Guid IncidentId, string Authority, string Reference, [property: WireNameOf<ReportPhase>] string Phase, DateTimeOffset SentAt, string Content, string? DelayReason)
    : ICommand<RegulatorReportDto>;
