using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests.SubmitGuardianRequest;

public sealed class SubmitGuardianRequestCommandHandler(IAppDbContext db, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<SubmitGuardianRequestCommand, GuardianRequestAccepted>
{
    public ValueTask<GuardianRequestAccepted> Handle(SubmitGuardianRequestCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var request = GuardianRequest.Receive(
            command.GuardianName, command.GuardianEmail, command.MinorAccount, WireNames.Parse<GuardianRelationship>(command.Relationship),
            command.Statement, now);
        var deadline = RightsRequest.Open(RightsRequestId.Tracking(request.Id), RightsRequestKind.Guardian, null, now);
        db.GuardianRequests.Add(request);
        db.RightsRequests.Add(deadline);
        // The guardian is not an account: the mail names no subject.
        outbox.EnqueueEmail(GuardianMails.Received(request, deadline.DueAt), null);
        return ValueTask.FromResult(new GuardianRequestAccepted(request.Id.Value, deadline.DueAt));
    }
}
