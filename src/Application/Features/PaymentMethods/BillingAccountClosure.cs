using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.PaymentMethods;

/// <summary>
/// When an account's deletion is opened (G2, C4): its live subscription ends at once (nothing more is charged), its
/// cards are removed, and its customer at the payment gateway is deleted through the outbox. That call is recorded in
/// the disclosure register first (S1) while the person can still be named there; the erasure waits until it is sent.
/// </summary>
public sealed class BillingAccountClosure(
    IAppDbContext db, IDisclosureRegister disclosures, IPaymentGateway gateway, IOutbox outbox, TimeProvider clock) : IAccountClosureStep
{
    public async Task CloseAsync(AccountId account, CancellationToken cancellationToken)
    {
        var live = await db.Subscriptions.Where(s => s.OwnerId == account && s.Status != SubscriptionStatus.Canceled).ToListAsync(cancellationToken);
        live.ForEach(s => s.End(Subscription.AccountClosedReason, clock.GetUtcNow()));

        var customer = await db.PaymentCustomers.FirstOrDefaultAsync(c => c.AccountId == account, cancellationToken);
        if (customer is null)
        {
            return;
        }

        var disclosed = await DiscloseAsync(account, cancellationToken);
        outbox.EnqueueGatewayCustomerDeletion(customer.GatewayCustomerId, disclosed ? account.Value : null);
        await db.PaymentMethods.Where(m => m.OwnerId == account).ExecuteDeleteAsync(cancellationToken);
        db.PaymentCustomers.Remove(customer);
    }

    /// <summary>
    /// A gateway since retired from the register still gets the deletion (the law wants the data gone), unrecorded:
    /// the call carries only the gateway's own id, and the refusal must not stop the person's deletion.
    /// </summary>
    private async Task<bool> DiscloseAsync(AccountId account, CancellationToken cancellationToken)
    {
        try
        {
            await disclosures.RecordAsync(
                account, gateway.RecipientKey, ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, [DataCategory.Payment], null, cancellationToken);
            return true;
        }
        catch (RequestRefusedException)
        {
            return false;
        }
    }
}
