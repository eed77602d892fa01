using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Advertising.GetMyAdProfile;

public sealed class GetMyAdProfileQueryHandler(IAppDbContext db, IConsentCheck consents, ICurrentActor actor)
    : IQueryHandler<GetMyAdProfileQuery, AdProfileView>
{
    public async ValueTask<AdProfileView> Handle(GetMyAdProfileQuery query, CancellationToken cancellationToken)
    {
        var me = actor.RequiredAccountId;
        if (!await consents.IsGrantedAsync(new ConsentSubject(me, null), AdvertisingConsent.Purpose, cancellationToken))
        {
            return AdProfileView.NotConsented;
        }

        return AdProfileView.Of(await db.AdProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.OwnerId == me, cancellationToken));
    }
}
