using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.RightsRequests;

public static class RightsRequestDeadlines
{
    /// <summary>
    /// The request answered (an export ready or failed, a guardian request rejected): its deadline no longer runs.
    /// Requests made before deadlines were tracked have no record: nothing happens, and null is returned.
    /// </summary>
    public static async Task<RightsRequest?> CloseRightsRequestAsync(this IAppDbContext db, RightsRequestId id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = await db.RightsRequests.FindAsync([id], cancellationToken);
        request?.Close(now);
        return request;
    }
}
