using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.PaymentEvents.ReceivePaymentEvent;

public sealed class ReceivePaymentEventCommandHandler(IAppDbContext db, IPaymentGateway gateway, TimeProvider clock)
    : ICommandHandler<ReceivePaymentEventCommand, PaymentEventReceipt>
{
    public async ValueTask<PaymentEventReceipt> Handle(ReceivePaymentEventCommand command, CancellationToken cancellationToken)
    {
        var verified = gateway.ReadWebhook(command.Payload, command.Signature);
        if (verified.Id.Length is 0 or > PaymentEvent.MaxIdLength || verified.ObjectId.Length > PaymentEvent.MaxIdLength)
        {
            throw new WebhookSignatureException("The event's ids are not the gateway's.");
        }

        if (await db.PaymentEvents.AnyAsync(e => e.EventId == verified.Id, cancellationToken))
        {
            return new PaymentEventReceipt(verified.Id, Duplicate: true);
        }

        db.PaymentEvents.Add(PaymentEvent.Receive(verified.Id, verified.Type, verified.ObjectId, verified.AmountMinor, verified.CreatedAt, clock.GetUtcNow()));
        return new PaymentEventReceipt(verified.Id, Duplicate: false);
    }
}
