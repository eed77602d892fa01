using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.PaymentMethods;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.PaymentEvents.ApplyPaymentEvents;

public sealed class ApplyPaymentEventsCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<ApplyPaymentEventsCommand, int>
{
    // Refunds this batch recorded and has not saved yet, by charge: the next event on the same charge counts them.
    private readonly Dictionary<PaymentTransactionId, long> refundedInBatch = [];

    public const string Applied = "applied";
    public const string UnknownObject = "unknown_object";
    public const string NothingNew = "nothing_new";
    public const string IgnoredType = "ignored_type";

    public async ValueTask<int> Handle(ApplyPaymentEventsCommand command, CancellationToken cancellationToken)
    {
        var pending = await db.PaymentEvents
            .Where(e => e.AppliedAt == null)
            .OrderBy(e => e.ReceivedAt)
            .ThenBy(e => e.EventId)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var received in pending)
        {
            var outcome = received.Type switch
            {
                PaymentEventTypes.ChargeRefunded => await RefundAsync(received, cancellationToken),
                PaymentEventTypes.PaymentMethodDetached => await DetachAsync(received, cancellationToken),
                _ => IgnoredType,
            };
            received.Applied(outcome, clock.GetUtcNow());
        }

        return pending.Count;
    }

    /// <summary>The event carries the charge's refunded amount in all: only what is new becomes a refund transaction.</summary>
    private async Task<string> RefundAsync(PaymentEvent received, CancellationToken cancellationToken)
    {
        var charge = await db.PaymentTransactions.FirstOrDefaultAsync(
            t => t.GatewayReference == received.ObjectId && t.Kind != TransactionKind.Refund && t.Status == TransactionStatus.Succeeded, cancellationToken);
        if (charge is null)
        {
            return UnknownObject;
        }

        var refundedBefore = (await db.PaymentTransactions.Where(t => t.RefundOf == charge.Id).SumAsync(t => (long?)t.AmountMinor, cancellationToken) ?? 0)
                             + refundedInBatch.GetValueOrDefault(charge.Id);
        var refundedNow = Math.Min(received.AmountMinor ?? charge.AmountMinor, charge.AmountMinor) - refundedBefore;
        if (refundedNow <= 0)
        {
            return NothingNew;
        }

        db.PaymentTransactions.Add(charge.Refund(refundedNow, received.EventId, clock.GetUtcNow()));
        refundedInBatch[charge.Id] = refundedInBatch.GetValueOrDefault(charge.Id) + refundedNow;
        if (refundedBefore + refundedNow == charge.AmountMinor
            && await db.Invoices.FirstOrDefaultAsync(i => i.TransactionId == charge.Id, cancellationToken) is { } invoice)
        {
            invoice.MarkRefunded();
        }

        return Applied;
    }

    private async Task<string> DetachAsync(PaymentEvent received, CancellationToken cancellationToken)
    {
        var method = await db.PaymentMethods.FirstOrDefaultAsync(m => m.GatewayMethodId == received.ObjectId, cancellationToken);
        if (method is null)
        {
            return UnknownObject;
        }

        db.PaymentMethods.Remove(method);
        if (method.IsDefault)
        {
            await PaymentMethodDefaults.PromoteNewestAsync(db, method.OwnerId, method.Id, cancellationToken);
        }

        return Applied;
    }
}
