using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Recipients;

internal static class RecipientLookup
{
    /// <summary>The recipient with <paramref name="id"/>, or 404.</summary>
    public static async Task<Recipient> GetAsync(this IQueryable<Recipient> recipients, Guid id, CancellationToken cancellationToken) =>
        await recipients.SingleOrDefaultAsync(r => r.Id == new RecipientId(id), cancellationToken) ?? throw new NotFoundException("recipient");
}
