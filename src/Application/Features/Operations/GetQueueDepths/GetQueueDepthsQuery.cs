using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Operations.GetQueueDepths;

/// <summary>
/// What waits for the workers, for the operator's gauges: counts only, and the age of the oldest committed audit
/// entry the sequencer has not yet integrated.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.ServiceSecurity, DataCategory.None)]
public sealed record GetQueueDepthsQuery : IQuery<QueueDepths>;

/// <summary>
/// Generation jobs and exports queued or running, deletion requests received or erased and waiting for their
/// certificate, mails pending, audit entries not yet sequenced, and how long the oldest of those has waited (zero
/// when none waits).
/// </summary>
public sealed record QueueDepths(
    int Generations, int Exports, int Erasures, int OutboxMessages, int UnsequencedAuditEntries, TimeSpan SequencerLag);
