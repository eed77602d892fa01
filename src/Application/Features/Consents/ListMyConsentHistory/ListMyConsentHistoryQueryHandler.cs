using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Consents.ListMyConsentHistory;

public sealed class ListMyConsentHistoryQueryHandler(IAppDbContext db, ICurrentActor actor)
    : IQueryHandler<ListMyConsentHistoryQuery, Paged<ConsentHistoryEntry>>
{
    public async ValueTask<Paged<ConsentHistoryEntry>> Handle(ListMyConsentHistoryQuery query, CancellationToken cancellationToken)
    {
        var account = actor.RequiredAccountId;
        var page = await db.ConsentEvents.AsNoTracking()
            .Where(e => e.SubjectId == account)
            .OrderByDescending(e => e.Id)
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(e => new ConsentHistoryEntry(
            ConsentPurposes.NameOf(e.Purpose), e.Granted, e.PolicyVersion, ConsentState.ChannelName(e.Channel), e.OccurredAt, e.VisitorId is not null, e.Scope));
    }
}
