using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.RightsRequests.LogCorrectionRequest;

public sealed class LogCorrectionRequestCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<LogCorrectionRequestCommand, RightsRequestDto>
{
    public async ValueTask<RightsRequestDto> Handle(LogCorrectionRequestCommand command, CancellationToken cancellationToken)
    {
        var subject = new AccountId(command.SubjectId);
        if (!await db.Accounts.AnyAsync(a => a.Id == subject, cancellationToken))
        {
            throw new NotFoundException("account");
        }

        var now = clock.GetUtcNow();
        var correction = CorrectionRequest.Log(subject, command.Note, actor.RequiredAccountId, now);
        var request = RightsRequest.Open(RightsRequestId.Tracking(correction.Id), RightsRequestKind.Correction, subject, now);
        db.CorrectionRequests.Add(correction);
        db.RightsRequests.Add(request);
        return RightsRequestDto.Of(request, now);
    }
}
