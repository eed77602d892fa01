using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.LegalHolds;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Admin.GetSubject;

public sealed class GetSubjectQueryHandler(IAppDbContext db) : IQueryHandler<GetSubjectQuery, SubjectStatus>
{
    public async ValueTask<SubjectStatus> Handle(GetSubjectQuery query, CancellationToken cancellationToken)
    {
        var subject = new AccountId(query.SubjectId);
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == subject, cancellationToken)
            ?? throw new NotFoundException("account");
        var hold = await db.LegalHolds.AsNoTracking()
            .Where(h => h.SubjectId == subject && h.LiftedAt == null)
            .Select(LegalHoldDto.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        return new SubjectStatus(
            account.Id.Value,
            WireNames.Of(account.Status),
            RoleNames.Of(account.Roles),
            account.CreatedAt,
            account.LastActiveAt,
            account.InactivityWarnedAt,
            account.RetentionClockStartedAt,
            hold);
    }
}
