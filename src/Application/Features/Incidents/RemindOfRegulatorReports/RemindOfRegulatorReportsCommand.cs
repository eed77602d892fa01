using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Incidents.RemindOfRegulatorReports;

/// <summary>
/// The <c>incident-clock</c> job's step (P3, GDPR 33(1)): while an incident has no report to the authority, mails the
/// privacy officers 24 and 60 hours after its discovery, and once more when the 72 hours are over (the incident is then
/// overdue). Each reminder goes once and is kept in the incident's timeline. Answers how many mails it queued.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.Security, LegalBasis.LegalObligation, DataCategory.Contact)]
public sealed record RemindOfRegulatorReportsCommand : ICommand<int>;
