using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;
using Pixyer.Domain.Feedback;
using Pixyer.Domain.Generation;

namespace Pixyer.Application.Features.Feedback;

/// <summary>The item feedback names must be the author's own: anyone else's, or none, answers 404 as if it did not exist.</summary>
public static class FeedbackReferences
{
    public static async Task EnsureOwnedAsync(IAppDbContext db, AccountId author, FeedbackService service, Guid reference, CancellationToken cancellationToken)
    {
        var (owned, resource) = service switch
        {
            FeedbackService.Generation => (await db.GenerationJobs.AnyAsync(j => j.Id == new GenerationJobId(reference) && j.OwnerId == author, cancellationToken), "generation"),
            FeedbackService.Subscription => (await db.Subscriptions.AnyAsync(s => s.Id == new SubscriptionId(reference) && s.OwnerId == author, cancellationToken), "subscription"),
            _ => throw new ArgumentOutOfRangeException(nameof(service), service, "This service names no item."),
        };
        if (!owned)
        {
            throw new NotFoundException(resource);
        }
    }
}
