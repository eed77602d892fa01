using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Deletion.RequestMyDeletion;

public sealed class RequestMyDeletionCommandHandler(IAppDbContext db, ICurrentActor actor, IPasswordHasher passwords, AccountDeletion deletion)
    : ICommandHandler<RequestMyDeletionCommand, DeletionRequestDto>
{
    public async ValueTask<DeletionRequestDto> Handle(RequestMyDeletionCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstAsync(a => a.Id == actor.RequiredAccountId, cancellationToken);
        if (!passwords.Verify(account.PasswordHash, command.Password))
        {
            throw new RequestRefusedException("password-incorrect", "The password is incorrect; the account was not deleted.");
        }

        var opened = await deletion.OpenAsync(account, DeletionOrigin.Holder, DeletionRequestId.New(), cancellationToken);
        return DeletionRequestDto.Of(opened.Request, opened.DueAt);
    }
}
