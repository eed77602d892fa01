using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Incidents.NotifyAffectedSubjects;

/// <summary>
/// Obligation P3, GDPR 34: starts telling every affected person. The mails go out in batches by the
/// <c>incident-notifications</c> job (each person once, resumable after a crash); the public notice is published at once
/// where individual notice is impractical. Idempotent: a second call starts nothing and answers the progress.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.Security, LegalBasis.LegalObligation, DataCategory.Contact)]
public sealed record NotifyAffectedSubjectsCommand(Guid IncidentId) : ICommand<NotificationProgress>;
