using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.PaymentMethods;

/// <summary>
/// The person's cards and their customer record at the gateway (C4). Exported as brand, last four and expiry only.
/// A deletion request removes them when it is opened (<see cref="BillingAccountClosure"/>); an erasure that finds
/// them still here (retention's anonymization) deletes them and queues the customer's deletion at the gateway, sent
/// once it commits.
/// </summary>
public sealed class PaymentMethodsPersonalData(IAppDbContext db, IOutbox outbox) : IPersonalDataSource
{
    public string Category => "payment-methods";

    public IReadOnlyList<string> Obligations => ["C4", "G2", "G3"];

    public IReadOnlyList<Type> EntityTypes => [typeof(PaymentMethod), typeof(PaymentCustomer)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken) =>
        await writer.WriteRecordsAsync(
            Category,
            await db.PaymentMethods.AsNoTracking()
                .Where(m => m.OwnerId == subject)
                .OrderBy(m => m.CreatedAt)
                .Select(m => new { m.Brand, m.Last4, m.ExpiryMonth, m.ExpiryYear, m.IsDefault, m.CreatedAt })
                .ToListAsync(cancellationToken),
            cancellationToken);

    public async Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        var customers = await db.PaymentCustomers.Where(c => subjects.Contains(c.AccountId)).Select(c => c.GatewayCustomerId).ToListAsync(cancellationToken);
        foreach (var customer in customers)
        {
            outbox.EnqueueGatewayCustomerDeletion(customer, null);
        }

        await db.PaymentMethods.Where(m => subjects.Contains(m.OwnerId)).ExecuteDeleteAsync(cancellationToken);
        await db.PaymentCustomers.Where(c => subjects.Contains(c.AccountId)).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(
            Category,
            (nameof(PaymentMethod), await db.PaymentMethods.CountAsync(m => m.OwnerId == subject, cancellationToken)),
            (nameof(PaymentCustomer), await db.PaymentCustomers.CountAsync(c => c.AccountId == subject, cancellationToken)));
}
