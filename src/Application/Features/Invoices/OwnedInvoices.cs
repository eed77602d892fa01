using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Invoices;

public static class OwnedInvoices
{
    /// <summary>The owner's invoice; another person's is the same 404 as none.</summary>
    public static async Task<Invoice> FindAsync(IAppDbContext db, AccountId owner, Guid id, CancellationToken cancellationToken)
    {
        var invoiceId = new InvoiceId(id);
        return await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId && i.OwnerId == owner, cancellationToken)
               ?? throw new NotFoundException("invoice");
    }
}
