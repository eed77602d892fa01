using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.BusinessTransfers.NotifyTransferredSubjects;

/// <summary>
/// Obligation T1, run by the business-transfer job: queues the notice of one batch of subjects not yet notified, each
/// through the outbox in this command's transaction together with the mark that they were, so a retried batch mails
/// nobody twice. Subjects without a verified address (or erased since the declaration) are marked unreachable.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.OperationalEmail, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact)]
public sealed record NotifyTransferredSubjectsCommand : ICommand<TransferNoticeReport>;

/// <summary>What one batch did; <c>MoreRemain</c>: the batch was full, send the command again for the rest.</summary>
public sealed record TransferNoticeReport(int Mailed, int Unreachable, bool MoreRemain);
