using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Deletion.RequestSubjectErasure;

public sealed class RequestSubjectErasureCommandHandler(IAppDbContext db, AccountDeletion deletion)
    : ICommandHandler<RequestSubjectErasureCommand, DeletionRequestDto>
{
    public async ValueTask<DeletionRequestDto> Handle(RequestSubjectErasureCommand command, CancellationToken cancellationToken)
    {
        var subject = new AccountId(command.SubjectId);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == subject, cancellationToken)
            ?? throw new NotFoundException("subject");
        var opened = await deletion.OpenAsync(account, DeletionOrigin.Staff, DeletionRequestId.New(), cancellationToken);
        return DeletionRequestDto.Of(opened.Request, opened.DueAt);
    }
}
