using Mediator;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.RightsRequests;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests.RejectGuardianRequest;

public sealed class RejectGuardianRequestCommandHandler(IAppDbContext db, ICurrentActor actor, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<RejectGuardianRequestCommand, GuardianRequestDto>
{
    public async ValueTask<GuardianRequestDto> Handle(RejectGuardianRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await db.GuardianRequests.DecidableAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        request.Reject(command.Reason, actor.RequiredAccountId, now);
        var deadline = await db.CloseRightsRequestAsync(RightsRequestId.Tracking(request.Id), now, cancellationToken);
        outbox.EnqueueEmail(GuardianMails.Rejected(request), null);
        return GuardianRequestDto.Of(request, deadline?.DueAt, null);
    }
}
