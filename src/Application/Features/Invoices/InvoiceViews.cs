using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Billing;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Features.Invoices;

/// <summary>Invoices as their owner reads them, each with the state of the mail that delivered it.</summary>
public static class InvoiceViews
{
    public static async Task<IReadOnlyList<InvoiceDto>> WithDeliveryAsync(IAppDbContext db, IReadOnlyList<Invoice> invoices, CancellationToken cancellationToken)
    {
        var mails = invoices.Select(i => i.MailMessageId).OfType<OutboxMessageId>().ToList();
        var statuses = await db.OutboxMessages.AsNoTracking()
            .Where(m => mails.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.Status, cancellationToken);
        return invoices
            .Select(i => InvoiceDto.From(i, i.MailMessageId is { } mail && statuses.TryGetValue(mail, out var status) ? status : null))
            .ToList();
    }
}
