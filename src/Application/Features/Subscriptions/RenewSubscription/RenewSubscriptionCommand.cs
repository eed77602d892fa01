using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Subscriptions.RenewSubscription;

/// <summary>
/// Obligations C4, C8, U8: the renewal job's step for one subscription whose charge is due. A cancelled one ends; else
/// the default card is charged for the next period (an invoice is mailed), or the failure is recorded, the person
/// mailed, and the charge retried on the dunning schedule until the last retry ends the subscription. Not yet due:
/// nothing happens, so a step sent twice charges once.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Payment, DataCategory.Transactions)]
public sealed record RenewSubscriptionCommand(Guid SubscriptionId) : ICommand<RenewalOutcome>;

public enum RenewalOutcome
{
    NotDue,
    Renewed,
    PastDue,
    Ended,
}
