using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Invoices.PurgeExpiredBillingRecords;

public sealed class PurgeExpiredBillingRecordsCommandHandler(IAppDbContext db, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<PurgeExpiredBillingRecordsCommand, PurgedBillingRecords>
{
    /// <summary>How long an applied webhook event's id is kept to recognise a redelivery.</summary>
    public static readonly TimeSpan AppliedEventRetention = TimeSpan.FromDays(90);

    public async ValueTask<PurgedBillingRecords> Handle(PurgeExpiredBillingRecordsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var keptSince = now.AddYears(-options.Value.Payments.RecordRetentionYears);
        var eventsAppliedBefore = now - AppliedEventRetention;

        // A refund outlives its charge by at most the time between them: both go once the newer is past the period.
        var expiredCharges = db.PaymentTransactions.Where(t => t.RefundOf == null && t.CreatedAt < keptSince)
            .Where(t => !db.PaymentTransactions.Any(r => r.RefundOf == t.Id && r.CreatedAt >= keptSince))
            .Select(t => t.Id);
        var invoices = await db.Invoices.Where(i => expiredCharges.Contains(i.TransactionId)).ExecuteDeleteAsync(cancellationToken);
        var refunds = await db.PaymentTransactions.Where(t => t.RefundOf != null && expiredCharges.Contains(t.RefundOf.Value)).ExecuteDeleteAsync(cancellationToken);
        var charges = await db.PaymentTransactions.Where(t => expiredCharges.Contains(t.Id)).ExecuteDeleteAsync(cancellationToken);
        var events = await db.PaymentEvents.Where(e => e.AppliedAt < eventsAppliedBefore).ExecuteDeleteAsync(cancellationToken);
        return new PurgedBillingRecords(invoices, charges + refunds, events);
    }
}
