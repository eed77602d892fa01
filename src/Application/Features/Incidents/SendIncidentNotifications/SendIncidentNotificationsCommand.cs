using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Incidents.SendIncidentNotifications;

/// <summary>
/// The <c>incident-notifications</c> job's step: tells the next batch of one incident's affected people, each by an
/// operational mail to their verified address (no marketing choice withholds it) or, without one, by the public
/// notice. Each person is marked in the same transaction as their mail, so a crash resumes where it stopped and nobody
/// is mailed twice. Answers how many people and incidents it moved on (0: nothing left to do).
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.Security, LegalBasis.LegalObligation, DataCategory.Contact)]
public sealed record SendIncidentNotificationsCommand(int BatchSize) : ICommand<int>;
