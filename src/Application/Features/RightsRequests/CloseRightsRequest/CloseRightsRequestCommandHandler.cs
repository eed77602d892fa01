using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.RightsRequests.CloseRightsRequest;

public sealed class CloseRightsRequestCommandHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<CloseRightsRequestCommand, RightsRequestDto>
{
    public async ValueTask<RightsRequestDto> Handle(CloseRightsRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await db.RightsRequests.FirstOrDefaultAsync(r => r.Id == new RightsRequestId(command.Id), cancellationToken)
                      ?? throw new NotFoundException("rights request");
        if (request.Kind != RightsRequestKind.Correction)
        {
            throw new RequestRefusedException(
                "rights-request-closes-itself", "Only a correction request is closed by hand; this one closes when its work is done.");
        }

        var now = clock.GetUtcNow();
        request.Close(now);
        return RightsRequestDto.Of(request, now);
    }
}
