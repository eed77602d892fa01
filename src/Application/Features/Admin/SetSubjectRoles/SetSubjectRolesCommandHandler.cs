using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Admin.SetSubjectRoles;

public sealed class SetSubjectRolesCommandHandler(IAppDbContext db) : ICommandHandler<SetSubjectRolesCommand, SubjectRoles>
{
    public async ValueTask<SubjectRoles> Handle(SetSubjectRolesCommand command, CancellationToken cancellationToken)
    {
        var subjectId = new AccountId(command.SubjectId);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == subjectId, cancellationToken)
            ?? throw new NotFoundException("account");
        var roles = RoleNames.Parse(command.Roles);
        if (account.Roles.HasFlag(Roles.Admin) && !roles.HasFlag(Roles.Admin) && await IsLastAdminAsync(account, cancellationToken))
        {
            throw new ConflictException("This is the last admin account; grant Admin to another account first.");
        }

        account.SetRoles(roles);
        return new SubjectRoles(account.Id.Value, RoleNames.Of(account.Roles));
    }

    private async Task<bool> IsLastAdminAsync(Account account, CancellationToken cancellationToken) =>
        !await db.Accounts.AnyAsync(a => a.Id != account.Id && (a.Roles & Roles.Admin) == Roles.Admin, cancellationToken);
}
