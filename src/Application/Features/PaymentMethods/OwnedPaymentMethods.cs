using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.PaymentMethods;

public static class OwnedPaymentMethods
{
    /// <summary>The owner's card, tracked; another person's is the same 404 as none.</summary>
    public static async Task<PaymentMethod> FindAsync(IAppDbContext db, AccountId owner, Guid id, CancellationToken cancellationToken)
    {
        var methodId = new PaymentMethodId(id);
        return await db.PaymentMethods.FirstOrDefaultAsync(m => m.Id == methodId && m.OwnerId == owner, cancellationToken)
               ?? throw new NotFoundException("payment method");
    }
}
