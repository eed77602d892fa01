using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Billing;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.PaymentMethods.AddPaymentMethod;

public sealed class AddPaymentMethodCommandHandler(
    IAppDbContext db, ICurrentActor actor, ISubjectLocks locks, IPaymentGateway gateway, IDisclosureRegister disclosures, IKeptOnRollback kept,
    TimeProvider clock)
    : ICommandHandler<AddPaymentMethodCommand, PaymentMethodDto>
{
    public async ValueTask<PaymentMethodDto> Handle(AddPaymentMethodCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        await locks.LockAsync(BillingLocks.Scope, owner.Value, cancellationToken);
        var id = PaymentMethodId.New();
        var disclosure = await disclosures.RecordAsync(
            owner, gateway.RecipientKey, ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, [DataCategory.Payment], id.ToString(), cancellationToken);

        var customer = await db.PaymentCustomers.FirstOrDefaultAsync(c => c.AccountId == owner, cancellationToken);
        if (customer is null)
        {
            customer = PaymentCustomer.Create(owner, await gateway.CreateCustomerAsync(owner.ToString(), cancellationToken), clock.GetUtcNow());
            db.PaymentCustomers.Add(customer);
            // A refused card leaves the customer made at the gateway: keep its record, and the disclosure, either way.
            kept.Keep(customer, disclosure);
        }
        else
        {
            kept.Keep(disclosure);
        }

        var card = await gateway.AttachCardAsync(customer.GatewayCustomerId, command.Token, cancellationToken);
        var isFirst = !await db.PaymentMethods.AnyAsync(m => m.OwnerId == owner, cancellationToken);
        var method = PaymentMethod.Add(
            id, owner, card.MethodId, card.Brand, card.Last4, card.ExpiryMonth, card.ExpiryYear, card.Fingerprint, isFirst, clock.GetUtcNow());
        db.PaymentMethods.Add(method);
        return PaymentMethodDto.From(method);
    }
}
