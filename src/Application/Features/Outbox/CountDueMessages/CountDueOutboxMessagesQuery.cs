using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Outbox.CountDueMessages;

/// <summary>
/// Lets the delivery job skip a run with nothing to send, so that the audit trail records deliveries rather
/// than every tick of the job.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.ServiceOperations, LegalBasis.ServiceSecurity, DataCategory.None)]
public sealed record CountDueOutboxMessagesQuery : IQuery<int>;
