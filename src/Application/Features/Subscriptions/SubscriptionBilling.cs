using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Subscriptions;

/// <summary>
/// Charges one period of a plan (C8, S1): the disclosure to the gateway first, then the charge under an idempotency key
/// the gateway honours, then the transaction, paid or declined, added to the unit of work.
/// </summary>
public sealed class SubscriptionBilling(
    IAppDbContext db, IPaymentGateway gateway, IDisclosureRegister disclosures, IOptions<PixyerOptions> options, TimeProvider clock)
{
    public async Task<Charged> ChargeAsync(
        AccountId owner, Plan plan, PaymentMethod method, SubscriptionId? subscription, TransactionKind kind, string idempotencyKey,
        CancellationToken cancellationToken)
    {
        var customer = await db.PaymentCustomers.Where(c => c.AccountId == owner).Select(c => c.GatewayCustomerId).SingleAsync(cancellationToken);
        var price = TaxedPrice.Of(plan.PriceMinor, options.Value.Payments.TaxRateBasisPoints);
        var transactionId = PaymentTransactionId.New();
        var disclosure = await disclosures.RecordAsync(
            owner, gateway.RecipientKey, ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, [DataCategory.Payment, DataCategory.Transactions],
            transactionId.ToString(), cancellationToken);
        var request = new GatewayChargeRequest(customer, method.GatewayMethodId, price.TotalMinor, plan.Currency, idempotencyKey, $"Pixyer {plan.Name}");
        var charge = await gateway.ChargeAsync(request, cancellationToken);

        var transaction = PaymentTransaction.Charge(
            transactionId, owner, subscription, plan, kind, price.TotalMinor, charge.ChargeId, charge.DeclineCode, clock.GetUtcNow());
        db.PaymentTransactions.Add(transaction);
        return new Charged(transaction, disclosure, price);
    }
}

/// <summary>A charge's transaction (paid or declined), the disclosure it made, and the price it took.</summary>
public sealed record Charged(PaymentTransaction Transaction, Disclosure Disclosure, TaxedPrice Price)
{
    public bool Succeeded => Transaction.Status == TransactionStatus.Succeeded;
}
