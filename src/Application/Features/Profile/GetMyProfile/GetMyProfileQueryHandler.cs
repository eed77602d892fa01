using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Profile.GetMyProfile;

public sealed class GetMyProfileQueryHandler(IAppDbContext db, ICurrentActor actor) : IQueryHandler<GetMyProfileQuery, MyProfile>
{
    public async ValueTask<MyProfile> Handle(GetMyProfileQuery query, CancellationToken cancellationToken)
    {
        var accountId = actor.RequiredAccountId;
        var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == accountId, cancellationToken);
        return MyProfile.Of(account);
    }
}
