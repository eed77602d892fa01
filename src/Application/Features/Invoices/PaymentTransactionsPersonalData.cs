using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Invoices;

/// <summary>
/// Every charge and refund made for the person (C8), declined charges included. Retained after erasure as the law
/// requires (<see cref="PaymentTransaction"/> is <c>[RetainedAfterErasure]</c>): they hold amounts, codes and the
/// pseudonymous account id only, so erasure leaves them and finds nothing in them that names anyone.
/// </summary>
public sealed class PaymentTransactionsPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "payment-transactions";

    public IReadOnlyList<string> Obligations => ["C8", "G2", "G3"];

    public IReadOnlyList<Type> EntityTypes => [typeof(PaymentTransaction)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var transactions = await db.PaymentTransactions.AsNoTracking().Where(t => t.OwnerId == subject).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        await writer.WriteRecordsAsync(
            Category,
            transactions.Select(t => new
            {
                t.Id,
                Kind = WireNames.Of(t.Kind),
                Status = WireNames.Of(t.Status),
                t.AmountMinor,
                t.Currency,
                t.DeclineCode,
                t.RefundOf,
                t.CreatedAt,
            }),
            cancellationToken);
    }

    public Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RemainingData>>([]);
}
