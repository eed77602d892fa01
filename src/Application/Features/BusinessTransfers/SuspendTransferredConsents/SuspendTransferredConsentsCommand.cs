using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.BusinessTransfers.SuspendTransferredConsents;

/// <summary>
/// Obligation T1, run by the business-transfer job: for one batch of subjects of transfers whose effective date has come,
/// withdraws each grant they gave before that date for a purpose the new holder processes differently, in the consent
/// ledger (channel <c>business_transfer</c>, which also cancels queued work), so that processing stops until they grant
/// it again. Each subject is done once, in this command's transaction together with the mark that it was.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record SuspendTransferredConsentsCommand : ICommand<TransferEffectReport>;

/// <summary>What one batch did; <c>MoreRemain</c>: the batch was full, send the command again for the rest.</summary>
public sealed record TransferEffectReport(int Subjects, int Suspended, bool MoreRemain);
