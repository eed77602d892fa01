using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Invoices.ListMyInvoices;

public sealed class ListMyInvoicesQueryHandler(IAppDbContext db, ICurrentActor actor) : IQueryHandler<ListMyInvoicesQuery, Paged<TransactionDto>>
{
    public async ValueTask<Paged<TransactionDto>> Handle(ListMyInvoicesQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var page = await db.PaymentTransactions.AsNoTracking()
            .Where(t => t.OwnerId == owner)
            .OrderByDescending(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .ToPageAsync(query.Page, cancellationToken);
        var transactionIds = page.Items.Select(t => t.Id).ToList();
        var invoices = await InvoiceViews.WithDeliveryAsync(
            db, await db.Invoices.AsNoTracking().Where(i => transactionIds.Contains(i.TransactionId)).ToListAsync(cancellationToken), cancellationToken);
        var byTransaction = invoices.ToDictionary(i => i.TransactionId);
        return page.Map(t => new TransactionDto(
            t.Id.Value,
            WireNames.Of(t.Kind),
            WireNames.Of(t.Status),
            t.AmountMinor,
            t.Currency,
            t.DeclineCode,
            t.CreatedAt,
            byTransaction.GetValueOrDefault(t.Id.Value)));
    }
}
