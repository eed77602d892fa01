using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Invoices.PurgeExpiredBillingRecords;

/// <summary>
/// Storage limitation for what the law kept (C8, G2): invoices and transactions older than the legal period
/// (<c>Pixyer:Payments:RecordRetentionYears</c>) are deleted, erased persons' and everyone else's alike, and applied
/// webhook events once no redelivery can come (90 days; the gateway retries for 3).
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Transactions)]
public sealed record PurgeExpiredBillingRecordsCommand : ICommand<PurgedBillingRecords>;

public sealed record PurgedBillingRecords(int Invoices, int Transactions, int PaymentEvents);
