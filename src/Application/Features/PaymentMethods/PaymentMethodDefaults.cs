using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.PaymentMethods;

/// <summary>Which of a person's cards renewals charge: exactly one while they have any.</summary>
public static class PaymentMethodDefaults
{
    /// <summary>Makes <paramref name="method"/> the default, and no other of its owner's cards.</summary>
    public static async Task MakeDefaultAsync(IAppDbContext db, PaymentMethod method, CancellationToken cancellationToken)
    {
        var others = await db.PaymentMethods.Where(m => m.OwnerId == method.OwnerId && m.IsDefault && m.Id != method.Id).ToListAsync(cancellationToken);
        others.ForEach(m => m.ClearDefault());
        method.MakeDefault();
    }

    /// <summary>After the default card left: the newest remaining card becomes the default.</summary>
    public static async Task PromoteNewestAsync(IAppDbContext db, AccountId owner, PaymentMethodId removed, CancellationToken cancellationToken)
    {
        var newest = await db.PaymentMethods.Where(m => m.OwnerId == owner && m.Id != removed)
            .OrderByDescending(m => m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        newest?.MakeDefault();
    }
}
