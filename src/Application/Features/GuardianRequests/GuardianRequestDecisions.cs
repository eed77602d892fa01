using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests;

internal static class GuardianRequestDecisions
{
    /// <summary>The request, tracked, if staff may still decide it: 404 when unknown, 409 when already decided.</summary>
    public static async Task<GuardianRequest> DecidableAsync(this DbSet<GuardianRequest> requests, Guid id, CancellationToken cancellationToken)
    {
        var request = await requests.FirstOrDefaultAsync(g => g.Id == new GuardianRequestId(id), cancellationToken)
                      ?? throw new NotFoundException("guardian request");
        return request.Status == GuardianRequestStatus.Received
            ? request
            : throw new ConflictException("This guardian request was already decided.");
    }
}
