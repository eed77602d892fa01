using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Deletion;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests.ApproveGuardianRequest;

public sealed class ApproveGuardianRequestCommandHandler(
    IAppDbContext db, AccountDeletion deletion, ICurrentActor actor, IOutbox outbox, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<ApproveGuardianRequestCommand, GuardianRequestDto>
{
    public async ValueTask<GuardianRequestDto> Handle(ApproveGuardianRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await db.GuardianRequests.DecidableAsync(command.Id, cancellationToken);
        var account = await db.MatchOf(request).FirstOrDefaultAsync(cancellationToken)
                      ?? throw new RequestRefusedException("no-matching-account", "No account matches the minor's email or username in this request.");

        var opened = await deletion.OpenAsync(account, DeletionOrigin.Guardian, new DeletionRequestId(request.Id.Value), cancellationToken);
        request.Approve(account.Id, actor.RequiredAccountId, clock.GetUtcNow());
        outbox.EnqueueEmail(GuardianMails.Approved(request, opened, options.Value.PublicBaseUrl), null);
        return GuardianRequestDto.Of(request, opened.DueAt, new MinorAccountMatch(account.Id.Value, WireNames.Of(account.Status)));
    }
}
