using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Incidents.ListMyNotices;

public sealed class ListMyNoticesQueryHandler(IAppDbContext db, ICurrentActor actor) : IQueryHandler<ListMyNoticesQuery, Paged<MyNotice>>
{
    public async ValueTask<Paged<MyNotice>> Handle(ListMyNoticesQuery query, CancellationToken cancellationToken)
    {
        var me = actor.RequiredAccountId;
        var page = await db.AffectedSubjects.AsNoTracking()
            .Where(s => s.SubjectId == me && s.NotifiedAt != null)
            .Join(db.Incidents, s => s.IncidentId, i => i.Id, (s, i) => new { Incident = i, s.NotifiedAt, s.MailMessageId })
            .OrderByDescending(n => n.NotifiedAt)
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(n => new MyNotice(
            n.Incident.Id.Value,
            WireNames.Of(MyNoticeKind.Incident),
            IncidentTexts.Title(n.Incident),
            IncidentTexts.Body(n.Incident),
            n.Incident.DataCategories.Select(WireNames.Of).ToList(),
            WireNames.Of(n.MailMessageId is null ? MyNoticeChannel.PublicNotice : MyNoticeChannel.Email),

            n.NotifiedAt!.Value));
    }
}
